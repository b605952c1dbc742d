#include "wirerequest.h"

#include "curlcommand.h"

#include "model/secretcatalog.h"

void WireRequest::addHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value, false, {}});
}

void WireRequest::addSecretHeader(const QByteArray &name, const QByteArray &value,
                                  const QString &curlReference)
{
    headers.append({name, value, true, curlReference});
    if (!value.isEmpty())
        secretValues << SecretCatalog::redactionValuesOf(value);
}

void WireRequest::addSecretValue(const QByteArray &value)
{
    if (!value.isEmpty())
        secretValues << value;
}

QByteArray WireRequest::header(const QByteArray &name) const
{
    for (const WireHeader &header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return {};
}

bool WireRequest::hasHeader(const QByteArray &name) const
{
    for (const WireHeader &header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QPair<QString, QString>> WireRequest::shownHeaders(bool revealed) const
{
    QList<QPair<QString, QString>> shown;
    for (const WireHeader &header : headers) {
        // An empty secret is shown empty: a mask would suggest a key is set.
        const QString value = header.secret && !revealed && !header.value.isEmpty()
                                  ? SecretCatalog::mask()
                                  : QString::fromUtf8(header.value);
        shown.append({QString::fromLatin1(header.name), value});
    }
    return shown;
}

QByteArray WireRequest::shownBody(bool revealed) const
{
    if (revealed)
        return body;
    if (maskBody) {
        const QByteArray masked = maskBody();
        return masked.isEmpty() ? body : masked;
    }
    return maskedBody.isEmpty() ? body : maskedBody;
}

QString WireRequest::curl(bool revealed) const
{
    QList<CurlCommand::Header> curlHeaders;
    for (const WireHeader &header : headers) {
        const bool masked = header.secret && !revealed;
        const bool expands = masked && !header.curlReference.isEmpty();
        curlHeaders.append({QString::fromLatin1(header.name),
                            !masked   ? QString::fromUtf8(header.value)
                            : expands ? header.curlReference
                                      : SecretCatalog::mask(),
                            expands});
    }
    return CurlCommand::build(method, url, curlHeaders, shownBody(revealed));
}
