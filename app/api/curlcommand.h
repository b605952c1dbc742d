#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// A curl command line that repeats an HTTP request, for a terminal (POSIX shell quoting).
namespace CurlCommand {

using Headers = QList<QPair<QString, QString>>;

QString build(const QByteArray &method, const QUrl &url, const Headers &headers,
              const QByteArray &body = {});

// Quotes text for a POSIX shell so that it stays one word and nothing in it expands.
QString shellQuote(const QString &text);

} // namespace CurlCommand
