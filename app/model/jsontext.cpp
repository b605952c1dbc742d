#include "jsontext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace JsonText {

namespace {

// QJsonDocument refuses deeper documents.
constexpr int MaxDepth = 1024;

// One level of the path from the top: a key, or an index into a list.
struct Step
{
    QString key;
    qsizetype index = -1;

    bool operator==(const Step &other) const { return index == other.index && key == other.key; }
};

QList<Step> stepsOf(const QJsonArray &path)
{
    QList<Step> steps;
    for (const QJsonValue &part : path) {
        if (part.isString())
            steps.append({part.toString(), -1});
        else
            steps.append({QString(), qsizetype(part.toInteger(-1))});
    }
    return steps;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A recursive descent over the grammar of Qt's JSON parser (qjsonparser.cpp), which is stricter
// than RFC 8259 in places and more tolerant in others; each function mirrors its Qt counterpart
// so that the two accept the same texts.
class Scanner
{
public:
    Scanner(const QByteArray &json, const QList<QJsonArray> &keyOrderOf)
        : m_pos(json.constData())
        , m_end(json.constData() + json.size())
    {
        for (const QJsonArray &path : keyOrderOf)
            m_wanted.append(stepsOf(path));
        m_result.keyOrders.resize(m_wanted.size());
    }

    KeyScan run()
    {
        static const char bom[] = "\xef\xbb\xbf";
        if (m_end - m_pos > 3 && std::equal(bom, bom + 3, m_pos))
            m_pos += 3;
        const char token = nextToken();
        bool ok = false;
        if (token == '[')
            ok = array();
        else if (token == '{')
            ok = object();
        m_result.valid = ok && !skipSpace();
        return std::move(m_result);
    }

private:
    // Skips JSON whitespace; false at the end of the text.
    bool skipSpace()
    {
        while (m_pos < m_end &&
               (*m_pos == ' ' || *m_pos == '\t' || *m_pos == '\n' || *m_pos == '\r'))
            ++m_pos;
        return m_pos < m_end;
    }

    // The next structural character or quote, consumed; 0 for anything else or the end.
    char nextToken()
    {
        if (!skipSpace())
            return 0;
        const char token = *m_pos++;
        return strchr("[{:,]}\"", token) && token != 0 ? token : 0;
    }

    bool object()
    {
        if (++m_depth > MaxDepth)
            return false;
        // The key orders asked for at this object's path (one path may be asked for twice).
        QList<int> orders;
        for (int i = 0; i < m_wanted.size(); ++i) {
            if (m_wanted.at(i) == m_path) {
                orders.append(i);
                m_result.keyOrders[i].clear();
            }
        }
        QSet<QString> seen;
        char token = nextToken();
        while (token == '"') {
            QString key;
            if (!string(&key))
                return false;
            if (seen.contains(key)) {
                QJsonArray where = pathArray();
                where.append(key);
                m_result.duplicateKeys.append(where);
            } else {
                seen.insert(key);
            }
            for (int i : std::as_const(orders))
                m_result.keyOrders[i].append(key);
            if (nextToken() != ':' || !skipSpace())
                return false;
            m_path.append({key, -1});
            const bool ok = value();
            m_path.removeLast();
            if (!ok)
                return false;
            token = nextToken();
            if (token != ',')
                break;
            token = nextToken();
            if (token == '}')
                return false;
        }
        if (token != '}')
            return false;
        --m_depth;
        return true;
    }

    bool array()
    {
        if (++m_depth > MaxDepth || !skipSpace())
            return false;
        if (*m_pos == ']') {
            ++m_pos;
        } else {
            m_path.append({QString(), 0});
            for (;;) {
                if (!skipSpace() || !value())
                    return false;
                const char token = nextToken();
                if (token == ']')
                    break;
                if (token != ',')
                    return false;
                ++m_path.last().index;
            }
            m_path.removeLast();
        }
        --m_depth;
        return true;
    }

    // A value at the current position, which is not the end of the text.
    bool value()
    {
        switch (*m_pos++) {
        case 'n':
            return literal("ull");
        case 't':
            return literal("rue");
        case 'f':
            return literal("alse");
        case '"':
            return string(nullptr);
        case '[':
            return array();
        case '{':
            return object();
        case ',':
        case ']':
        case '}':
            return false;
        default:
            --m_pos;
            return number();
        }
    }

    // The rest of true, false or null. Qt asks for one more character after it (which a valid
    // document always has: the bracket that closes the value's container).
    bool literal(const char *rest)
    {
        const qsizetype size = qsizetype(strlen(rest));
        if (m_end - m_pos < size + 1 || memcmp(m_pos, rest, size_t(size)) != 0)
            return false;
        m_pos += size;
        return true;
    }

    bool number()
    {
        const char *start = m_pos;
        bool isInteger = true;
        if (m_pos < m_end && *m_pos == '-')
            ++m_pos;
        if (m_pos < m_end && *m_pos == '0') {
            ++m_pos;
        } else {
            while (m_pos < m_end && isDigit(*m_pos))
                ++m_pos;
        }
        if (m_pos < m_end && *m_pos == '.') {
            ++m_pos;
            while (m_pos < m_end && isDigit(*m_pos)) {
                isInteger = isInteger && *m_pos == '0';
                ++m_pos;
            }
        }
        if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
            isInteger = false;
            ++m_pos;
            if (m_pos < m_end && (*m_pos == '-' || *m_pos == '+'))
                ++m_pos;
            while (m_pos < m_end && isDigit(*m_pos))
                ++m_pos;
        }
        if (m_pos >= m_end)
            return false;
        // Which spellings are numbers ("1.", "-", "1e400") is Qt's conversion's to say.
        const QByteArray text = QByteArray::fromRawData(start, m_pos - start);
        bool ok = false;
        if (isInteger)
            text.toLongLong(&ok);
        if (!ok)
            text.toDouble(&ok);
        return ok;
    }

    // The rest of a string after its opening quote; decodes it into *decoded when given.
    bool string(QString *decoded)
    {
        const char *start = m_pos;
        bool escaped = false;
        if (decoded)
            decoded->clear();
        while (m_pos < m_end && *m_pos != '"') {
            if (*m_pos == '\\') {
                escaped = true;
                if (!escape(decoded))
                    return false;
                continue;
            }
            char32_t character;
            if (!utf8Character(&character))
                return false;
            if (decoded)
                decoded->append(QChar::fromUcs4(character));
        }
        if (m_pos >= m_end)
            return false;
        // Qt keeps a string without escapes as UTF-8 and converts it with QString::fromUtf8(),
        // which drops a leading byte order mark; one with escapes it decodes as above.
        if (decoded && !escaped)
            *decoded = QString::fromUtf8(start, m_pos - start);
        ++m_pos; // closing quote
        return true;
    }

    // An escape sequence; Qt takes any character after a backslash as itself.
    bool escape(QString *decoded)
    {
        if (++m_pos >= m_end)
            return false;
        const uchar escaped = uchar(*m_pos++);
        char16_t character = escaped;
        switch (escaped) {
        case 'b':
            character = 0x8;
            break;
        case 'f':
            character = 0xc;
            break;
        case 'n':
            character = 0xa;
            break;
        case 'r':
            character = 0xd;
            break;
        case 't':
            character = 0x9;
            break;
        case 'u':
            if (m_end - m_pos < 4 || !std::all_of(m_pos, m_pos + 4, isHexDigit))
                return false;
            character = char16_t(QByteArray::fromRawData(m_pos, 4).toUShort(nullptr, 16));
            m_pos += 4;
            break;
        default:
            break;
        }
        if (decoded)
            decoded->append(QChar(character));
        return true;
    }

    // One character of well-formed UTF-8: no overlong forms, surrogates or values past U+10FFFF.
    // ASCII control characters are allowed, as Qt allows them.
    bool utf8Character(char32_t *character)
    {
        const uchar lead = uchar(*m_pos++);
        *character = lead;
        if (lead < 0x80)
            return true;
        int more;
        char32_t code;
        char32_t least;
        if (lead < 0xc2) {
            return false;
        } else if (lead < 0xe0) {
            more = 1;
            code = lead & 0x1f;
            least = 0x80;
        } else if (lead < 0xf0) {
            more = 2;
            code = lead & 0x0f;
            least = 0x800;
        } else if (lead < 0xf5) {
            more = 3;
            code = lead & 0x07;
            least = 0x10000;
        } else {
            return false;
        }
        if (m_end - m_pos < more)
            return false;
        for (int i = 0; i < more; ++i) {
            const uchar next = uchar(*m_pos++);
            if ((next & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3f);
        }
        *character = code;
        return code >= least && !(code >= 0xd800 && code <= 0xdfff) && code <= 0x10ffff;
    }

    QJsonArray pathArray() const
    {
        QJsonArray path;
        for (const Step &step : m_path) {
            if (step.index >= 0)
                path.append(step.index);
            else
                path.append(step.key);
        }
        return path;
    }

    const char *m_pos;
    const char *m_end;
    int m_depth = 0;
    QList<Step> m_path;
    QList<QList<Step>> m_wanted;
    KeyScan m_result;
};

void appendUnitEscape(QByteArray *out, char16_t unit)
{
    out->append("\\u");
    out->append(QByteArray::number(unit, 16).rightJustified(4, '0'));
}

void appendEscaped(QByteArray *out, const QString &text)
{
    out->append('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out->append(QStringView(text).sliced(i, 2).toUtf8());
            ++i;
            continue;
        }
        switch (unit) {
        case u'"':
            out->append("\\\"");
            break;
        case u'\\':
            out->append("\\\\");
            break;
        case u'\b':
            out->append("\\b");
            break;
        case u'\f':
            out->append("\\f");
            break;
        case u'\n':
            out->append("\\n");
            break;
        case u'\r':
            out->append("\\r");
            break;
        case u'\t':
            out->append("\\t");
            break;
        default:
            // Escaped, these read back as they were: control characters; U+FEFF, which Qt's
            // reader drops at the start of an unescaped string, taking it for a byte order
            // mark; and a surrogate without its pair, which has no UTF-8 (converting the text
            // to UTF-8 wrote '?' for it, so a body read and written again changed).
            if (unit < 0x20 || unit == 0xfeff || QChar::isSurrogate(unit))
                appendUnitEscape(out, unit);
            else if (unit < 0x80)
                out->append(char(unit));
            else
                out->append(QStringView(text).sliced(i, 1).toUtf8());
        }
    }
    out->append('"');
}

} // namespace

KeyScan scanKeys(const QByteArray &json, const QList<QJsonArray> &keyOrderOf)
{
    return Scanner(json, keyOrderOf).run();
}

Writer::Writer(Layout layout)
    : m_indented(layout == Layout::Indented)
{}

QByteArray Writer::take()
{
    if (m_indented)
        m_out.append('\n');
    return std::move(m_out);
}

void Writer::key(const QString &name)
{
    separator();
    appendEscaped(&m_out, name);
    m_out.append(m_indented ? ": " : ":");
    m_afterKey = true;
}

void Writer::string(const QString &text)
{
    separator();
    appendEscaped(&m_out, text);
}

void Writer::integer(qint64 value)
{
    separator();
    m_out.append(QByteArray::number(value));
}

void Writer::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            this->value(it.value());
        }
        endObject();
        break;
    }
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &item : value.toArray())
            this->value(item);
        endArray();
        break;
    case QJsonValue::String:
        string(value.toString());
        break;
    default: {
        // Numbers, booleans and null, written exactly as Qt writes them.
        separator();
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        m_out.append(text.mid(1, text.size() - 2));
    }
    }
}

void Writer::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.isEmpty())
        return;
    if (m_counts.last()++ > 0)
        m_out.append(',');
    newline();
}

void Writer::newline()
{
    if (!m_indented)
        return;
    m_out.append('\n');
    m_out.append(QByteArray(m_counts.size() * 2, ' '));
}

void Writer::begin(char bracket)
{
    separator();
    m_out.append(bracket);
    m_counts.append(0);
}

void Writer::end(char bracket)
{
    const int count = m_counts.takeLast();
    if (count > 0)
        newline();
    m_out.append(bracket);
}

} // namespace JsonText
