#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

// One header as it goes on the wire, and what a view shows of it.
struct WireHeader
{
    QByteArray name;
    QByteArray value;
    bool secret = false;
    // What a copied curl command holds instead of a secret value: a shell reference such as
    // "$GALILEO_API_KEY" that expands there; empty for the mask. Views always show the mask.
    QString curlReference;
};

// Everything one HTTP request sends, as a value. The transport sends exactly this; the request
// preview, "copy as curl", the endpoint test's details and the command line's JSON show it, so
// what is shown cannot drift from what is sent.
struct WireRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<WireHeader> headers;
    QByteArray body;
    // The body as views show it, secrets masked; empty when the body holds no secret. A large
    // body may give a function instead, so that only a view pays for masking it.
    QByteArray maskedBody;
    std::function<QByteArray()> maskBody;
    // Every secret the request carries, in its headers and its body: the transport masks them
    // in the answer before anyone reads it (SecretCatalog::redact), so that a server repeating
    // the request in an error message cannot put them on the screen, in a log or in --json.
    QList<QByteArray> secretValues;

    void addHeader(const QByteArray &name, const QByteArray &value);
    // A header whose value is a secret: views show the mask, and curl `curlReference` (a shell
    // reference to the environment) when there is one.
    void addSecretHeader(const QByteArray &name, const QByteArray &value,
                         const QString &curlReference = {});
    // A secret the body carries.
    void addSecretValue(const QByteArray &value);

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;

    // Headers and body as views show them: secrets masked unless `revealed`.
    QList<QPair<QString, QString>> shownHeaders(bool revealed = false) const;
    QByteArray shownBody(bool revealed = false) const;
    // A curl command that repeats the request; secrets masked unless `revealed`.
    QString curl(bool revealed = false) const;
};
