#pragma once

// Shared by the libFuzzer targets: a finding is a crash, a sanitizer report or a broken oracle,
// which FUZZ_CHECK turns into an abort with the condition and line (libFuzzer then saves the
// input as crash-<hash>, which becomes a regression test in tests/unit).

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                   \
    do {                                                                                        \
        if (!(condition)) {                                                                     \
            std::fprintf(stderr, "%s:%d: oracle failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                       \
        }                                                                                       \
    } while (false)
