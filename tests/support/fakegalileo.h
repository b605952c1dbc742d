#pragma once

#include "loopbackserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <functional>
#include <memory>

// A Galileo cluster for tests, behind a LoopbackServer: a current one with named custom
// integrations, definitions and the list, or an older one that has only the seed's PUT. Routes
// answer as FastAPI does: 404 {"detail":"Not Found"} where no route has the path, 405 where one
// has it but not the method (OPTIONS included).
class FakeGalileo
{
public:
    enum class Generation { Current, Older };

    explicit FakeGalileo(Generation generation = Generation::Current)
        : m_generation(generation)
    {}

    // Whether the credentials may read definitions with secrets (403 otherwise).
    bool mayReadSecrets = true;
    // The named custom integrations it holds: slug -> stored body (with its secrets).
    QMap<QString, QJsonObject> named;
    // The default custom integration's body, when there is one.
    QJsonObject defaultCustom;
    // The OpenAPI document it publishes (empty: none), and where.
    QByteArray openApi;
    QByteArray openApiPath = "/openapi.json";
    // When each custom integration was last stored ("" for the default one), as Galileo's
    // IntegrationDB says: every PUT moves it on by a second.
    QMap<QString, QString> updatedAt;
    QString touch(const QString &name)
    {
        ++m_puts;
        const QString time = QDateTime(QDate(2026, 11, 26), QTime(10, 5), Qt::UTC)
                                 .addSecs(m_puts)
                                 .toString(Qt::ISODate);
        updatedAt.insert(name, time);
        return time;
    }
    // Every integration's status answer.
    QJsonObject status{{QStringLiteral("status"), QStringLiteral("ok")},
                       {QStringLiteral("message"), QStringLiteral("reachable")}};

    static QByteArray integrationDb(const QString &name, const QString &provider, bool withProvider,
                                    const QString &updated = QStringLiteral("2026-11-26T10:05:00Z"))
    {
        QJsonObject db{{QStringLiteral("id"), QStringLiteral("id-") + name},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("created_at"), QStringLiteral("2026-11-26T10:00:00Z")},
                       {QStringLiteral("updated_at"), updated},
                       {QStringLiteral("created_by"), QStringLiteral("u-1")},
                       {QStringLiteral("is_selected"), name == QLatin1String("openai")},
                       {QStringLiteral("permissions"), QJsonArray()}};
        if (withProvider)
            db.insert(QStringLiteral("provider"), provider);
        return QJsonDocument(db).toJson(QJsonDocument::Compact);
    }

    HttpResponse answer(const HttpRequest &request)
    {
        const QString path = QString::fromUtf8(request.path());
        const QByteArray method = request.method;
        const bool current = m_generation == Generation::Current;
        const auto notFound = [] { return HttpResponse::json(404, R"({"detail":"Not Found"})"); };
        const auto notAllowed = [] {
            return HttpResponse::json(405, R"({"detail":"Method Not Allowed"})");
        };
        const auto route = [&](const QList<QByteArray> &methods,
                               const std::function<HttpResponse()> &handle) {
            return methods.contains(method) ? handle() : notAllowed();
        };
        if (!openApi.isEmpty() && request.path() == openApiPath)
            return route({"GET"}, [&] { return HttpResponse::json(200, openApi); });
        if (path == QLatin1String("/v2/healthcheck"))
            return route({"GET"}, [] {
                return HttpResponse::json(200, R"({"api_version":"v2","message":"ok",
                                                   "version":"1.500.0"})");
            });
        if (path == QLatin1String("/v2/current_user"))
            return route({"GET"}, [] {
                return HttpResponse::json(200, R"({"id":"u-1","email":"ada@example.org",
                    "role":"admin","organization_id":"o-1","organization_name":"Acme"})");
            });
        if (path == QLatin1String("/v2/integrations/custom"))
            return route({"PUT"}, [&] {
                defaultCustom = QJsonDocument::fromJson(request.body).object();
                return HttpResponse::json(200, integrationDb(QStringLiteral("custom"),
                                                             QStringLiteral("custom"), current,
                                                             touch(QString())));
            });
        if (path == QLatin1String("/integrations"))
            return !current ? notFound() : route({"GET"}, [&] {
                QJsonArray list{
                    QJsonDocument::fromJson(
                        integrationDb(QStringLiteral("openai"), QStringLiteral("openai"), true))
                        .object()};
                for (auto it = named.constBegin(); it != named.constEnd(); ++it)
                    list.append(QJsonDocument::fromJson(
                                    integrationDb(it.key(), QStringLiteral("custom"), true))
                                    .object());
                return HttpResponse::json(200, QJsonDocument(list).toJson());
            });
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() == 2 && parts.at(0) == QLatin1String("integrations"))
            return route({"GET", "PUT"}, [&] {
                if (parts.at(1) == QLatin1String("custom") && !defaultCustom.isEmpty())
                    return HttpResponse::json(200, withoutSecrets(defaultCustom, QString()));
                return HttpResponse::json(404, R"({"detail":"Integration not found"})");
            });
        if (!current || parts.size() < 3 || parts.at(0) != QLatin1String("integrations") ||
            parts.at(1) != QLatin1String("custom"))
            return notFound();
        const QString name = parts.at(2);
        if (parts.size() == 3 && name == QLatin1String("definition"))
            return route({"GET"}, [&] { return definition(defaultCustom); });
        if (parts.size() == 3)
            return route({"GET", "PUT", "DELETE"}, [&] {
                if (method == "PUT") {
                    named.insert(name, QJsonDocument::fromJson(request.body).object());
                    return HttpResponse::json(
                        200, integrationDb(name, QStringLiteral("custom"), true, touch(name)));
                }
                if (!named.contains(name))
                    return HttpResponse::json(404, R"({"detail":"Integration not found"})");
                if (method == "DELETE") {
                    named.remove(name);
                    return HttpResponse::text(204, "application/json", QByteArray());
                }
                return HttpResponse::json(200, withoutSecrets(named.value(name), name));
            });
        if (parts.size() == 4 && parts.at(3) == QLatin1String("definition"))
            return route({"GET"}, [&] {
                if (!named.contains(name))
                    return HttpResponse::json(404, R"({"detail":"Integration not found"})");
                return definition(named.value(name));
            });
        if (parts.size() == 4 && parts.at(3) == QLatin1String("status"))
            return route({"GET"}, [&] {
                if (!named.contains(name))
                    return HttpResponse::json(404, R"({"detail":"Integration not found"})");
                return HttpResponse::json(200, QJsonDocument(status).toJson());
            });
        return notFound();
    }

    // The seed's OpenAPI document (tests/schema/seed_openapi_json.py writes it at build time),
    // with `edit` applied to its components.schemas: how a newer or older cluster differs.
    static QByteArray seedOpenApi(const std::function<void(QJsonObject &schemas)> &edit = {})
    {
#ifdef GALILEO_SEED_OPENAPI
        QFile file(QStringLiteral(GALILEO_SEED_OPENAPI));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", GALILEO_SEED_OPENAPI);
        QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        if (edit) {
            QJsonObject components = document.value(QStringLiteral("components")).toObject();
            QJsonObject schemas = components.value(QStringLiteral("schemas")).toObject();
            edit(schemas);
            components.insert(QStringLiteral("schemas"), schemas);
            document.insert(QStringLiteral("components"), components);
        }
        return QJsonDocument(document).toJson(QJsonDocument::Compact);
#else
        Q_UNUSED(edit)
        qFatal("GALILEO_SEED_OPENAPI is not defined for this test");
        return {};
#endif
    }

    // Removes properties from one schema of `schemas`, as an older cluster's lacks them.
    static void removeProperties(QJsonObject &schemas, const QString &schema,
                                 const QStringList &names)
    {
        QJsonObject object = schemas.value(schema).toObject();
        QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
        for (const QString &name : names)
            properties.remove(name);
        object.insert(QStringLiteral("properties"), properties);
        schemas.insert(schema, object);
    }

    // Adds a string property to one schema of `schemas`, as a newer cluster's has it.
    static void addProperty(QJsonObject &schemas, const QString &schema, const QString &name)
    {
        QJsonObject object = schemas.value(schema).toObject();
        QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
        properties.insert(name, QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
        object.insert(QStringLiteral("properties"), properties);
        schemas.insert(schema, object);
    }

    LoopbackServer::Handler handler(std::shared_ptr<FakeGalileo> self)
    {
        return [self](const HttpRequest &request) { return self->answer(request); };
    }

private:
    // The stored fields as Galileo gives them: no secrets, no headers, and when it was stored.
    QByteArray withoutSecrets(QJsonObject body, const QString &name) const
    {
        for (const char *secret : {"api_key_value", "token", "headers"})
            body.remove(QLatin1String(secret));
        if (updatedAt.contains(name))
            body.insert(QStringLiteral("updated_at"), updatedAt.value(name));
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    HttpResponse definition(const QJsonObject &body) const
    {
        if (!mayReadSecrets)
            return HttpResponse::json(403, R"({"detail":"Not allowed to read secrets"})");
        if (body.isEmpty())
            return HttpResponse::json(404, R"({"detail":"Integration not found"})");
        QJsonObject definition = body;
        definition.remove(QStringLiteral("models"));
        return HttpResponse::json(200, QJsonDocument(definition).toJson(QJsonDocument::Compact));
    }

    Generation m_generation;
    int m_puts = 0;
};
