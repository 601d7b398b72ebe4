#pragma once

#include <string>

namespace kmssim {

// A random lower-case UUID like boost's uuid_io produces for KMS ids.
std::string newUuid();

} // namespace kmssim
