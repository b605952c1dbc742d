#pragma once

#include "model/integrationjson.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>

// What the fuzz targets share: a check that stops the run loudly, and the invariants more than
// one target asserts.

// Aborts with a message when an invariant is broken; libFuzzer then saves the input.
#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", what, __FILE__, __LINE__); \
            __builtin_trap();                                                                      \
        }                                                                                          \
    } while (false)

namespace Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Text that fits in one line of a terminal or a list: no line breaks or other control
// characters, no bidirectional overrides.
inline bool isOneLine(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph || (u >= 0x202a && u <= 0x202e) ||
            (u >= 0x2066 && u <= 0x2069))
            return false;
    }
    return true;
}

// A config written, read back and written again gives the same bytes, in both layouts: the
// body sent is the body shown, and nothing drifts when a body goes round the form.
inline void checkWriteReadWrite(const IntegrationConfig &config)
{
    for (const auto format :
         {IntegrationJson::Format::Compact, IntegrationJson::Format::Indented}) {
        const QByteArray first = IntegrationJson::write(config, format);
        const IntegrationJson::ReadResult again = IntegrationJson::read(first);
        FUZZ_CHECK(again.ok, "what write() wrote does not read");
        FUZZ_CHECK(IntegrationJson::write(again.config, format) == first,
                   "write, read and write again changed the bytes");
    }
}

} // namespace Fuzz
