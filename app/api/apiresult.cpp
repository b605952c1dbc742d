#include "apiresult.h"

#include "model/singleline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {

// A summary that ends with what the server said, and a full stop after it: one stop, not two,
// when the server's words end a sentence already ("...integrations.").
QString oneStop(QString summary)
{
    for (const char *end : {"..", "!.", "?.", "\u2026."}) {
        if (summary.endsWith(QString::fromUtf8(end)))
            summary.chop(1);
    }
    return summary;
}

// lupdate files the texts of ApiResult's functions under its name.
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiResult", text);
}

// A server's words as one line of plain text, at most about 300 characters: whatever they hold
// (line breaks, escape sequences, bidirectional overrides), they stay inside the message they
// are quoted in.
QString serverText(QStringView text)
{
    QString line = singleLine(text).simplified();
    if (line.size() > 300)
        line = line.left(300) + QStringLiteral("...");
    return line;
}

QString startOf(const QByteArray &body)
{
    return serverText(QString::fromUtf8(body.left(600)));
}

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

ApiResult ApiResult::fromAnswer(const WireAnswer &facts)
{
    using Failure = WireAnswer::Failure;
    ApiResult result;
    result.httpStatus = facts.status;
    result.attempts = facts.attempts;
    result.elapsedMs = facts.elapsedMs;
    // The network layer's words may quote the server (a redirect's target, a certificate's
    // names): one line, like every text of the server's.
    const QString errorString = singleLine(facts.errorString);
    if (facts.failure == Failure::Cancelled) {
        result.outcome = ApiResult::Outcome::Cancelled;
        result.summary = tr("Cancelled.");
        return result;
    }
    if (facts.failure == Failure::TooLarge) {
        result.outcome = ApiResult::Outcome::ServerError;
        result.summary = errorString;
        result.hint =
            tr("Galileo's answers are a few KB. Check that the base URL is Galileo's API.");
        return result;
    }
    if (facts.failure == Failure::RefusedHeader || facts.failure == Failure::BadUrl) {
        result.outcome = ApiResult::Outcome::NotSent;
        result.summary = errorString;
        result.hint = tr("Correct it in the connection settings: a header or URL that could be "
                         "misread is never sent.");
        return result;
    }
    if (facts.failure == Failure::RefusedRedirect) {
        result.outcome = ApiResult::Outcome::NetworkError;
        result.summary = errorString;
        result.hint = tr("Use the address it redirects to as the base URL if you trust it.");
        return result;
    }
    if (facts.failure == Failure::Timeout) {
        result.outcome = ApiResult::Outcome::NetworkError;
        result.summary = errorString;
        result.hint = tr("The server or the network is slow or down. Try again, or raise the "
                         "timeout (in the connection settings; --timeout on the command line).");
        return result;
    }
    if (facts.status == 0) {
        result.outcome = ApiResult::Outcome::NetworkError;
        const QString host = hostAndPort(facts.url);
        switch (facts.error) {
        case QNetworkReply::HostNotFoundError:
            result.summary = tr("The host %1 could not be found (DNS).").arg(facts.url.host());
            result.hint = tr("Check the base URL's spelling, your network, and any VPN the "
                             "cluster needs.");
            break;
        case QNetworkReply::ConnectionRefusedError:
            result.summary = tr("%1 refused the connection.").arg(host);
            result.hint = tr("Nothing answers on that port: check the base URL's port and that "
                             "the server runs.");
            break;
        case QNetworkReply::RemoteHostClosedError:
            result.summary = tr("%1 closed the connection before answering.").arg(host);
            result.hint = tr("A proxy or load balancer may be cutting the request; try again, "
                             "or check the proxy settings.");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            result.summary =
                tr("The TLS connection to %1 failed: %2")
                    .arg(host, facts.sslProblems.isEmpty()
                                   ? errorString
                                   : singleLine(facts.sslProblems.join(QLatin1String("; "))));
            result.hint =
                tr("The certificate is not trusted. For a self-hosted cluster with its own "
                   "certificate authority, choose its CA file in the connection "
                   "settings.");
            break;
        default:
            result.summary = tr("The request to %1 failed: %2").arg(host, errorString);
            result.hint = tr("Check the network and the proxy settings.");
        }
        return result;
    }

    const QJsonDocument document = QJsonDocument::fromJson(facts.body);
    if (document.isObject())
        result.json = document.object();
    const bool isHtml =
        facts.contentType().contains(QLatin1String("html")) || facts.body.trimmed().startsWith('<');
    if (result.json.value(QLatin1String("detail")).isString())
        result.detail = serverText(result.json.value(QLatin1String("detail")).toString());
    const QString &detail = result.detail;

    if (facts.status >= 200 && facts.status < 300) {
        // DELETE answers 204, or 200 with nothing to say.
        if (facts.status == 204 || facts.body.trimmed().isEmpty()) {
            result.outcome = ApiResult::Outcome::Success;
            return result;
        }
        if (document.isArray()) {
            result.array = document.array();
            result.outcome = ApiResult::Outcome::Success;
            return result;
        }
        if (!document.isObject()) {
            result.outcome = ApiResult::Outcome::ServerError;
            result.summary =
                isHtml ? tr("The server answered %1 with a web page, not JSON.").arg(facts.status)
                       : tr("The server answered %1 with something that is not a "
                            "JSON object.")
                             .arg(facts.status);
            result.hint = tr("This does not look like Galileo's API. Is the base URL the API URL "
                             "(api...), not the console's?");
            result.bodyStart = startOf(facts.body);
            return result;
        }
        result.outcome = ApiResult::Outcome::Success;
        return result;
    }
    result.bodyStart = document.isObject() ? QString() : startOf(facts.body);
    switch (facts.status) {
    case 401:
        result.outcome = ApiResult::Outcome::AuthRefused;
        result.summary =
            oneStop(tr("Galileo refused the credentials (401)%1.")
                        .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail));
        result.hint = tr("Check the API key (or username and password) and the key's header name "
                         "in the connection settings.");
        return result;
    case 403:
        result.outcome = ApiResult::Outcome::AuthRefused;
        result.summary =
            oneStop(tr("Galileo did not allow this (403)%1.")
                        .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail));
        result.hint = tr("Setting up a custom integration takes an admin of the organisation. "
                         "Use an admin's API key, or ask an admin.");
        return result;
    case 404:
        result.outcome = ApiResult::Outcome::NotFound;
        result.summary = tr("%1 has no such endpoint (404).").arg(facts.url.toDisplayString());
        result.hint = tr("Check the base URL: it should be the API URL (like "
                         "https://api.galileo.ai), not the console's.");
        return result;
    case 422:
        result.outcome = ApiResult::Outcome::Invalid;
        result.issues = ValidationIssue::fromDetail(result.json.value(QLatin1String("detail")));
        if (result.issues.isEmpty()) {
            result.issues << ValidationIssue::error(
                {QStringLiteral("body")}, QStringLiteral("server_error"), startOf(facts.body));
        }
        result.summary = tr("Galileo found problems in the integration (422).");
        result.hint = tr("Each problem is shown at the field it names.");
        return result;
    default:
        break;
    }
    const int retryAfter = facts.retryAfterSeconds();
    result.retryAfterSeconds = retryAfter;
    const QString retry =
        retryAfter >= 0 ? tr(" Galileo asks to wait %1 s before trying again.").arg(retryAfter)
                        : QString();
    if (facts.status == 413) {
        result.outcome = ApiResult::Outcome::Refused;
        result.summary = tr("The request is too large for the server (413).");
        result.hint = tr("A proxy in front of Galileo limits the body size.") + retry;
    } else if (facts.status == 429) {
        result.outcome = ApiResult::Outcome::Refused;
        result.summary = tr("Too many requests (429).");
        result.hint = tr("Wait a little and try again.") + retry;
    } else if (facts.status >= 500) {
        result.outcome = ApiResult::Outcome::ServerError;
        result.summary =
            oneStop(tr("The server failed (%1)%2.")
                        .arg(facts.status)
                        .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail));
        result.hint = tr("This is on the server's side: try again later.") + retry;
    } else {
        result.outcome = ApiResult::Outcome::Refused;
        result.summary =
            oneStop(tr("The server refused the request (%1)%2.")
                        .arg(facts.status)
                        .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail));
        result.hint = tr("Check the base URL and the connection settings.") + retry;
    }
    return result;
}

bool StoredIntegration::fromJson(const QJsonObject &json, StoredIntegration *out, QString *problem)
{
    QStringList missing;
    for (const char *key : {"id", "name", "created_at", "updated_at", "created_by"}) {
        if (!json.value(QLatin1String(key)).isString())
            missing << QLatin1String(key);
    }
    if (!missing.isEmpty()) {
        *problem = QCoreApplication::translate("StoredIntegration",
                                               "the answer lacks the stored integration's %1")
                       .arg(missing.join(QLatin1String(", ")));
        return false;
    }
    StoredIntegration result;
    result.id = json.value(QLatin1String("id")).toString();
    result.name = json.value(QLatin1String("name")).toString();
    result.createdAt = QDateTime::fromString(json.value(QLatin1String("created_at")).toString(),
                                             Qt::ISODateWithMs);
    result.updatedAt = QDateTime::fromString(json.value(QLatin1String("updated_at")).toString(),
                                             Qt::ISODateWithMs);
    result.createdBy = json.value(QLatin1String("created_by")).toString();
    const QJsonValue provider = json.value(QLatin1String("provider"));
    result.provider = provider.isString() ? provider.toString() : result.name;
    result.selected = json.value(QLatin1String("is_selected")).toBool();
    result.disabled = json.value(QLatin1String("is_disabled")).toBool();
    for (const QJsonValue &item : json.value(QLatin1String("permissions")).toArray()) {
        const QJsonObject permission = item.toObject();
        result.permissions << Permission{permission.value(QLatin1String("action")).toString(),
                                         permission.value(QLatin1String("allowed")).toBool(),
                                         permission.value(QLatin1String("message")).toString()};
    }
    result.json = json;
    *out = result;
    return true;
}

QStringList StoredIntegration::toLines() const
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-");
    };
    const auto yesNo = [](bool value) {
        return value ? QStringLiteral("yes") : QStringLiteral("no");
    };
    QStringList lines = {QStringLiteral("id: ") + id,
                         QStringLiteral("name: ") + name,
                         QStringLiteral("provider: ") + provider,
                         QStringLiteral("created_at: ") + time(createdAt),
                         QStringLiteral("updated_at: ") + time(updatedAt),
                         QStringLiteral("created_by: ") + createdBy,
                         QStringLiteral("selected: ") + yesNo(selected),
                         QStringLiteral("disabled: ") + yesNo(disabled)};
    for (const Permission &permission : permissions) {
        QString line =
            QStringLiteral("permission %1: %2")
                .arg(permission.action, permission.allowed ? QStringLiteral("allowed")
                                                           : QStringLiteral("not allowed"));
        if (!permission.message.isEmpty())
            line += QLatin1String(" (") + permission.message + QLatin1Char(')');
        lines << line;
    }
    // Every value came from the server: one line each, whatever it holds.
    for (QString &line : lines)
        line = singleLine(line);
    return lines;
}

int ApiResult::exitCode() const
{
    switch (outcome) {
    case Outcome::Success:
        return 0;
    case Outcome::Invalid:
        return 1;
    case Outcome::AuthRefused:
        return 3;
    case Outcome::NotSent:
        return 2;
    default:
        return 4;
    }
}
