#include "curlcommand.h"

namespace CurlCommand {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString build(const QByteArray &method, const QUrl &url, const QList<Header> &headers,
              const QByteArray &body)
{
    // One option with its value per line, as people write long curl commands.
    QString first = QStringLiteral("curl");
    if (method != "GET" || !body.isEmpty())
        first += QLatin1String(" -X ") + QString::fromLatin1(method);
    QStringList lines{first + QLatin1Char(' ') + shellQuote(url.toString(QUrl::FullyEncoded))};
    for (const Header &header : headers) {
        const QString text = header.name + QLatin1String(": ") + header.value;
        if (header.expands)
            lines << QLatin1String("-H \"") + text + QLatin1Char('"');
        else
            lines << QLatin1String("-H ") + shellQuote(text);
    }
    if (!body.isEmpty())
        lines << QLatin1String("--data-raw ") + shellQuote(QString::fromUtf8(body));
    return lines.join(QLatin1String(" \\\n  "));
}

} // namespace CurlCommand
