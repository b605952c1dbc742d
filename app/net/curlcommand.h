#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// A curl command line that repeats an HTTP request, for a terminal (POSIX shell quoting).
namespace CurlCommand {

struct Header
{
    QString name;
    QString value;
    // The value holds a shell reference ("$GALILEO_API_KEY") meant to expand, so that a secret
    // can stay in the environment instead of the command line. Otherwise nothing in it expands.
    bool expands = false;
};

QString build(const QByteArray &method, const QUrl &url, const QList<Header> &headers,
              const QByteArray &body = {});

// Quotes text for a POSIX shell so that it stays one word and nothing in it expands.
QString shellQuote(const QString &text);

} // namespace CurlCommand
