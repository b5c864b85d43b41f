# Sanitizer and fuzzing builds; the options are declared in the top-level CMakeLists.txt.
# Included before any target is defined, so the flags reach every target.
#   PML_SANITIZE  AddressSanitizer + UndefinedBehaviorSanitizer (GCC or Clang)
#   PML_FUZZ      the same plus libFuzzer coverage (Clang only); fuzzers in tests/fuzz

if(PML_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PML_FUZZ needs Clang and libFuzzer: configure with "
                            "-DCMAKE_CXX_COMPILER=clang++ (Debian: clang, libclang-rt-14-dev).")
    endif()
    # Coverage for the project libraries too; only the fuzzers link libFuzzer's main().
    set(pml_sanitizers fuzzer-no-link,address,undefined)
elseif(PML_SANITIZE)
    set(pml_sanitizers address,undefined)
else()
    return()
endif()

set(pml_sanitizer_flags
    -fsanitize=${pml_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
add_compile_options(${pml_sanitizer_flags})
add_link_options(${pml_sanitizer_flags})

# Every test runs through this prefix: the tests run by CTest, Catch's test discovery at
# build time, and the programs the tests start (they inherit the environment).
set(pml_sanitizer_env
    ASAN_OPTIONS=detect_stack_use_after_return=1:check_initialization_order=1
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1)
# Only leaks inside system libraries may be listed there, never project code.
set(pml_lsan_suppressions ${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp)
if(EXISTS ${pml_lsan_suppressions})
    list(APPEND pml_sanitizer_env LSAN_OPTIONS=suppressions=${pml_lsan_suppressions})
endif()
set(CMAKE_CROSSCOMPILING_EMULATOR ${CMAKE_COMMAND} -E env ${pml_sanitizer_env})
