#pragma once

#include <QFile>
#include <QString>
#include <QtTest>

// Small helpers shared by the tests.
namespace TestSupport {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(GALILEO_TEST_DATA "/") + name;
}

inline QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

// moc cannot parse \" inside a raw string literal, so test bodies write it as ~.
inline QByteArray unescapeTilde(const char *json)
{
    return QByteArray(json).replace('~', "\\\"");
}

} // namespace TestSupport
