#include "singleline.h"

QString singleLine(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const QChar::Category category = c.category();
        if (u == '\t' || u == '\n' || u == '\v' || u == '\f' || u == '\r' || u == 0x85 ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph) {
            result += QLatin1Char(' ');
        } else if (category == QChar::Other_Control || (u >= 0x202a && u <= 0x202e) ||
                   (u >= 0x2066 && u <= 0x2069)) {
            result += QChar(QChar::ReplacementCharacter);
        } else {
            result += c;
        }
    }
    return result;
}
