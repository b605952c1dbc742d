#pragma once

#include "model/validationissue.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QStringList>

// How the cluster's CustomIntegrationCreate (from its published OpenAPI document) and this
// app's FieldCatalog differ. FastAPI ignores body fields it does not know, so a field only this
// app knows is dropped silently by an older cluster; a field only the server knows is one this
// app cannot set (except through "Other fields").
//
// Paths are written as FieldCatalog writes them: "endpoint", "custom_llm_config.file_name",
// "model_properties[].alias". Compared are the top-level fields and the objects below them
// (model_properties items, custom_header_mapping, custom_llm_config, multi_modal_config).
struct SchemaDrift
{
    enum class State {
        Unknown,  // no usable schema: see `reason`
        Compared, // the lists below are the answer (both empty: no drift)
    };

    // The keys one object of the server's schema accepts.
    struct ObjectShape
    {
        QStringList properties;
        bool open = false; // any key is accepted (a dict, `additionalProperties`)

        bool accepts(const QString &key) const { return open || properties.contains(key); }
    };

    State state = State::Unknown;
    QString reason;         // why it is unknown, one translated sentence
    QString source;         // where the schema came from ("/openapi.json"), when compared
    QStringList serverOnly; // fields the server knows and this app does not (one line each)
    QStringList appOnly;    // fields this app sends and the server does not know
    // The server's objects by path ("" for the body, "model_properties[]", ...).
    QMap<QString, ObjectShape> shapes;

    // Compares the CustomIntegrationCreate of an OpenAPI document (as FastAPI writes it:
    // `$ref`s into #/components/schemas, anyOf with null, allOf wrappers) with the FieldCatalog.
    // Pure; a document without that schema gives Unknown with a reason.
    static SchemaDrift compare(const QJsonObject &openApi);
    static SchemaDrift unknown(const QString &reason);

    bool isKnown() const { return state == State::Compared; }
    bool hasDrift() const { return isKnown() && (!serverOnly.isEmpty() || !appOnly.isEmpty()); }

    // A warning at each place of `body` (a CustomIntegrationCreate as sent) that the server's
    // schema does not know: it would be dropped there. Empty while the drift is unknown.
    ValidationIssues warningsFor(const QJsonObject &body) const;

    // One translated sentence, then a line per difference (at most 50 of the server's), for
    // the connection check and `status`.
    QString summary() const;
    QStringList describe() const;
    // {"state": "compared"|"unknown", "reason", "source", "server_only": [], "app_only": []}
    QJsonObject toJson() const;

    bool operator==(const SchemaDrift &other) const
    {
        return state == other.state && reason == other.reason && source == other.source &&
               serverOnly == other.serverOnly && appOnly == other.appOnly;
    }
};

Q_DECLARE_METATYPE(SchemaDrift)
