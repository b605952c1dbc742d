#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// JSON as text, for what QJsonDocument does not keep: the order in which an object's keys were
// written, keys given twice, and writing keys in a chosen order. Nothing here knows the schema.
namespace JsonText {

struct KeyScan
{
    // Whether QJsonDocument::fromJson accepts the text. The scanner follows Qt's grammar,
    // tolerances included (raw control characters in strings, unknown escapes, a UTF-8 byte
    // order mark, at most 1024 levels), so the two agree; fuzz_integration_json checks it.
    bool valid = false;
    // Each key given again in its object: the path from the top (keys and list indices), ending
    // in the key. One entry per repetition, in the order of the text.
    QList<QJsonArray> duplicateKeys;
    // For each path asked for, the keys of the object found there in written order, repeats
    // included. When the path holds several objects (its key was repeated), the last one counts,
    // as it does for QJsonDocument. Empty when there is no object at that path.
    QList<QStringList> keyOrders;
};

// Scans JSON text. The result's other fields are meaningful only when it is valid.
KeyScan scanKeys(const QByteArray &json, const QList<QJsonArray> &keyOrderOf = {});

enum class Layout { Compact, Indented };

// Writes JSON with keys in the order they are given, which QJsonDocument cannot do. Calls must
// nest as JSON does: a key before each value inside an object, none inside an array.
class Writer
{
public:
    explicit Writer(Layout layout);

    // The text written so far; ends with a newline when indented.
    QByteArray take();

    void beginObject() { begin('{'); }
    void endObject() { end('}'); }
    void beginArray() { begin('['); }
    void endArray() { end(']'); }
    void key(const QString &name);
    void string(const QString &text);
    void integer(qint64 value);
    // Any value; an object's keys come in QJsonObject's order, numbers as Qt writes them.
    void value(const QJsonValue &value);

private:
    void separator();
    void newline();
    void begin(char bracket);
    void end(char bracket);

    QByteArray m_out;
    QList<int> m_counts; // items written so far in each open object or array
    bool m_afterKey = false;
    bool m_indented;
};

} // namespace JsonText
