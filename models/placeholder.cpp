namespace ucmc {}
