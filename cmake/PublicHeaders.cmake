# Each layer shows other targets only its public headers. The include root that other
# targets get, <build>/include, holds a link per public header (or, for a layer whose
# headers are all public, a link to its folder). A layer's own sources also see their own
# folder, and white-box tests the source tree. Including another layer's private header
# then fails to compile, so the build enforces the layering.
set(PML_PUBLIC_INCLUDE "${CMAKE_BINARY_DIR}/include")
file(MAKE_DIRECTORY "${PML_PUBLIC_INCLUDE}")

# pml_layer_headers(TARGET LAYER [HEADERS h1.h h2.h ...]): without HEADERS, every header
# of the layer's folder is public.
function(pml_layer_headers target layer)
    cmake_parse_arguments(PARSE_ARGV 2 ARG "" "" "HEADERS")
    set(link "${PML_PUBLIC_INCLUDE}/${layer}")
    if(ARG_HEADERS)
        if(IS_SYMLINK "${link}")
            file(REMOVE "${link}")
        endif()
        file(MAKE_DIRECTORY "${link}")
        file(GLOB stale "${link}/*.h")
        foreach(old IN LISTS stale)
            get_filename_component(name "${old}" NAME)
            if(NOT name IN_LIST ARG_HEADERS)
                file(REMOVE "${old}")
            endif()
        endforeach()
        foreach(header IN LISTS ARG_HEADERS)
            file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}/${header}" "${link}/${header}"
                 SYMBOLIC)
        endforeach()
    elseif(NOT IS_SYMLINK "${link}")
        file(REMOVE_RECURSE "${link}")
        file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${link}" SYMBOLIC)
    endif()
    target_include_directories(${target}
        PUBLIC "${PML_PUBLIC_INCLUDE}"
        PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}")
endfunction()
