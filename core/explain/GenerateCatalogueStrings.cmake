# Writes CatalogueStrings.cpp: every translatable text of catalogue.json inside
# QT_TRANSLATE_NOOP, so that lupdate puts them into translations/postel_*.ts (lupdate reads
# C++, not JSON). Run through the postel-explain-strings target after editing the JSON:
#   cmake --build --preset default --target postel-explain-strings
# tst_explain_catalogue fails while the committed file is out of step with the JSON.
#   cmake -DINPUT=catalogue.json -DOUTPUT=CatalogueStrings.cpp -P GenerateCatalogueStrings.cmake
cmake_minimum_required(VERSION 3.25)

file(READ "${INPUT}" json)
set(body "")

macro(emit text label)
    set(_t "${text}")
    string(REPLACE "\\" "\\\\" _t "${_t}")
    string(REPLACE "\"" "\\\"" _t "${_t}")
    string(APPEND body "    /*: ${label} */ QT_TRANSLATE_NOOP(\"postel::Catalogue\", \"${_t}\"),\n")
endmacro()

# Entries of `section` with the translatable `fields`; `id` names the entry for translators.
macro(emit_section section id)
    string(JSON _n LENGTH "${json}" ${section})
    math(EXPR _last "${_n} - 1")
    foreach(_i RANGE ${_last})
        string(JSON _item GET "${json}" ${section} ${_i})
        string(JSON _id GET "${_item}" ${id})
        foreach(_field ${ARGN})
            string(JSON _text GET "${_item}" ${_field})
            emit("${_text}" "${section} ${_id}: ${_field}")
        endforeach()
        if("${section}" STREQUAL "commands")
            string(JSON _na LENGTH "${_item}" answers)
            math(EXPR _alast "${_na} - 1")
            foreach(_a RANGE ${_alast})
                string(JSON _code GET "${_item}" answers ${_a} code)
                string(JSON _text GET "${_item}" answers ${_a} meaning)
                emit("${_text}" "command ${_id}, reply ${_code}: what it means after ${_id}")
            endforeach()
        endif()
    endforeach()
endmacro()

emit_section(reply_classes digit title meaning)
emit_section(reply_categories digit title meaning)
emit_section(replies code title meaning)
emit_section(enhanced_classes digit title meaning)
emit_section(enhanced_subjects digit title meaning)
emit_section(enhanced_codes code title meaning)
emit_section(commands verb meaning)
emit_section(keywords keyword summary meaning)

set(out "// Generated from catalogue.json by GenerateCatalogueStrings.cmake (the
// postel-explain-strings target): the catalogue's texts, for lupdate. Do not edit.
// clang-format off
#include \"Catalogue.h\"

#include <QtGlobal>

namespace postel {

namespace {
const char *const Texts[] = {
${body}};
} // namespace

QList<QByteArray> Catalogue::generatedTexts()
{
    QList<QByteArray> out;
    for (const char *text : Texts)
        out.append(QByteArray(text));
    return out;
}

} // namespace postel
")
file(WRITE "${OUTPUT}" "${out}")
