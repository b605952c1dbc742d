#include "curlcommand.h"

namespace CurlCommand {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString build(const QByteArray &method, const QUrl &url, const Headers &headers,
              const QByteArray &body)
{
    // One option with its value per line, as people write long curl commands.
    QString first = QStringLiteral("curl");
    if (method != "GET" || !body.isEmpty())
        first += QLatin1String(" -X ") + QString::fromLatin1(method);
    QStringList lines{first + QLatin1Char(' ') + shellQuote(url.toString(QUrl::FullyEncoded))};
    for (const auto &[name, value] : headers) {
        // A value that names an environment variable stays expandable, so that a secret can
        // be left in the environment instead of the command line.
        const QString header = name + QLatin1String(": ") + value;
        if (value.startsWith(QLatin1Char('$')))
            lines << QLatin1String("-H \"") + header + QLatin1Char('"');
        else
            lines << QLatin1String("-H ") + shellQuote(header);
    }
    if (!body.isEmpty())
        lines << QLatin1String("--data-raw ") + shellQuote(QString::fromUtf8(body));
    return lines.join(QLatin1String(" \\\n  "));
}

} // namespace CurlCommand
