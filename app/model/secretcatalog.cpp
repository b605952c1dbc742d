#include "secretcatalog.h"

#include "fieldcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace SecretCatalog {

namespace {

const QLatin1String s_headerPrefix("header:");
const QLatin1String s_otherPrefix("other:");
const QLatin1String s_galileoApiKey("galileo_api_key");
const QLatin1String s_galileoPassword("galileo_password");
// Where an export's marker goes in init_kwargs, whose keys are in the keychain too.
const QLatin1String s_markerKey("secret");

// One place a secret lives, read and written as text.
struct Slot
{
    QString key;
    std::function<QString()> get;
    std::function<void(const QString &)> set;
};

Slot textSlot(const QString &key, QString *value)
{
    return {key, [value] { return *value; }, [value](const QString &text) { *value = text; }};
}

Slot initKwargsSlot(const QString &key, std::optional<QJsonObject> *kwargs)
{
    return {
        key,
        [kwargs] {
            return kwargs->has_value() && !(*kwargs)->isEmpty()
                       ? QString::fromUtf8(QJsonDocument(**kwargs).toJson(QJsonDocument::Compact))
                       : QString();
        },
        [kwargs](const QString &text) {
            if (text.isEmpty()) {
                kwargs->reset();
                return;
            }
            const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
            // A marker or mask in place of the object keeps the object's shape.
            *kwargs = document.isObject() ? document.object() : QJsonObject{{s_markerKey, text}};
        }};
}

// One JSON value written as text (a string with its quotes), or undefined when it is none.
QJsonValue jsonValueOf(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson('[' + text.toUtf8() + ']');
    return document.isArray() && document.array().size() == 1 ? document.array().first()
                                                              : QJsonValue(QJsonValue::Undefined);
}

// An unknown top-level field whose name says it holds a credential: its value as JSON text, so
// that any JSON value comes back as it was. Text that is not JSON (a mask, the export marker)
// is kept as a string.
Slot otherFieldSlot(const QString &name, QJsonObject *fields)
{
    return {s_otherPrefix + name,
            [fields, name] {
                const auto it = fields->constFind(name);
                if (it == fields->constEnd() || it->isNull() ||
                    (it->isString() && it->toString().isEmpty()))
                    return QString();
                const QByteArray text =
                    QJsonDocument(QJsonArray{*it}).toJson(QJsonDocument::Compact);
                return QString::fromUtf8(text.mid(1, text.size() - 2));
            },
            [fields, name](const QString &text) {
                if (text.isEmpty()) {
                    fields->remove(name);
                    return;
                }
                const QJsonValue value = jsonValueOf(text);
                fields->insert(name, value.isUndefined() ? QJsonValue(text) : value);
            }};
}

// The slots of a config, in the order of the field catalog, then the connection's. The catalog's
// secret flag decides which fields are here; a field flagged secret without a way to reach its
// value here is a programming error that the first use reports.
QList<Slot> slotsOf(IntegrationConfig *config, GalileoSecrets *galileo)
{
    QList<Slot> found;
    for (const FieldInfo &field : FieldCatalog::all()) {
        if (!field.secret)
            continue;
        const QString key = QString::fromLatin1(field.jsonPath);
        switch (field.id) {
        case FieldId::Token:
            found << textSlot(key, &config->token);
            break;
        case FieldId::ApiKeyValue:
            found << textSlot(key, &config->apiKeyValue);
            break;
        case FieldId::CustomLlmInitKwargs:
            found << initKwargsSlot(key, &config->customLlm.initKwargs);
            break;
        case FieldId::HeaderValue:
            for (HeaderEntry &header : config->headers)
                found << textSlot(s_headerPrefix + header.name, &header.value);
            break;
        default:
            qFatal("The field catalog marks %s secret, but SecretCatalog cannot reach it",
                   field.jsonPath);
        }
    }
    for (const QString &name : config->extra.keys()) {
        if (isCredentialName(name))
            found << otherFieldSlot(name, &config->extra);
    }
    if (galileo) {
        found << textSlot(s_galileoApiKey, &galileo->apiKey)
              << textSlot(s_galileoPassword, &galileo->password);
    }
    return found;
}

// A JSON object's text with every value but those named in `keep` replaced; anything that is
// not an object is replaced whole.
QString maskObjectText(const QString &text, const QString &replacement, const QStringList &keep)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return replacement;
    QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keep.contains(it.key()))
            it.value() = replacement;
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool isPlaceholderText(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return false;
    if (text == exportMarker() || text == mask())
        return true;
    // All mask characters, e.g. "********" or "•••••".
    static const QRegularExpression masked(QStringLiteral("^[*\\x{2022}\\x{25CF}xX.]{3,}$"));
    if (masked.match(text).hasMatch())
        return true;
    // A shortened key as consoles show it: "sk-1…abcd", "sk-proj-12...wxyz".
    static const QRegularExpression shortened(
        QStringLiteral("^\\S{1,12}(\\x{2026}|\\.{3})\\S{2,8}$"));
    return shortened.match(text).hasMatch();
}

} // namespace

bool isCredentialName(const QString &key)
{
    static const QStringList exact = {
        QStringLiteral("access_token"), QStringLiteral("refresh_token"),
        QStringLiteral("id_token"),     QStringLiteral("client_secret"),
        QStringLiteral("api_key"),      QStringLiteral("apikey"),
        QStringLiteral("password"),     QStringLiteral("secret"),
        QStringLiteral("token"),        QStringLiteral("private_key"),
        QStringLiteral("authorization")};
    const QString lower = key.toLower();
    return exact.contains(lower) || lower.endsWith(QLatin1String("_token")) ||
           lower.endsWith(QLatin1String("_secret")) || lower.endsWith(QLatin1String("password")) ||
           lower.endsWith(QLatin1String("_api_key")) || lower.endsWith(QLatin1String("_apikey"));
}

namespace {

// A secret at least this long is also masked where the same answer repeats it in other text,
// e.g. an error message quoting the token it rejects. Shorter ones would mangle plain words.
constexpr qsizetype MinEchoedSecret = 8;

// Masks the values of credential-named keys at any depth; collects the masked text values.
bool maskCredentials(QJsonValue *value, QStringList *secrets)
{
    bool changed = false;
    if (value->isObject()) {
        QJsonObject object = value->toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isCredentialName(it.key()) && !it.value().isNull()) {
                const QString secret = it.value().toString();
                if (secret.size() >= MinEchoedSecret && secret != mask())
                    secrets->append(secret);
                it.value() = mask();
                changed = true;
            } else {
                QJsonValue inner = it.value();
                if (maskCredentials(&inner, secrets)) {
                    it.value() = inner;
                    changed = true;
                }
            }
        }
        if (changed)
            *value = object;
    } else if (value->isArray()) {
        QJsonArray array = value->toArray();
        for (auto it = array.begin(); it != array.end(); ++it) {
            QJsonValue inner = *it;
            if (maskCredentials(&inner, secrets)) {
                *it = inner;
                changed = true;
            }
        }
        if (changed)
            *value = array;
    }
    return changed;
}

// Masks each of the secrets (longest first) wherever a text value holds it, until none is left:
// a secret with '*' in it can appear anew next to the mask that replaced it.
void maskEchoes(QJsonValue *value, const QStringList &secrets)
{
    if (value->isString()) {
        QString text = value->toString();
        const auto holdsOne = [&text, &secrets] {
            return std::any_of(secrets.cbegin(), secrets.cend(),
                               [&text](const QString &secret) { return text.contains(secret); });
        };
        while (holdsOne()) {
            for (const QString &secret : secrets)
                text.replace(secret, mask());
        }
        if (text != value->toString())
            *value = text;
    } else if (value->isObject()) {
        QJsonObject object = value->toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue inner = it.value();
            maskEchoes(&inner, secrets);
            it.value() = inner;
        }
        *value = object;
    } else if (value->isArray()) {
        QJsonArray array = value->toArray();
        for (auto it = array.begin(); it != array.end(); ++it) {
            QJsonValue inner = *it;
            maskEchoes(&inner, secrets);
            *it = inner;
        }
        *value = array;
    }
}

bool maskJson(QJsonValue *value)
{
    QStringList secrets;
    if (!maskCredentials(value, &secrets))
        return false;
    if (!secrets.isEmpty()) {
        std::sort(secrets.begin(), secrets.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        maskEchoes(value, secrets);
    }
    return true;
}

} // namespace

QString mask()
{
    return QStringLiteral("********");
}

QString exportMarker()
{
    return QStringLiteral("<secret in the OS keychain; not exported>");
}

QStringList sentSlotKeys(const IntegrationConfig &config)
{
    IntegrationConfig copy = config;
    const QString initKwargs = FieldCatalog::jsonKey(FieldId::CustomLlmInitKwargs);
    QStringList keys;
    for (const Slot &slot : slotsOf(&copy, nullptr)) {
        if (slot.key != initKwargs || config.customLlm.enabled)
            keys << slot.key;
    }
    return keys;
}

QStringList filledSlots(const IntegrationConfig &config, const GalileoSecrets &galileo)
{
    IntegrationConfig copy = config;
    GalileoSecrets secrets = galileo;
    QStringList keys;
    for (const Slot &slot : slotsOf(&copy, &secrets)) {
        if (!slot.get().isEmpty())
            keys << slot.key;
    }
    return keys;
}

Values extract(IntegrationConfig *config, GalileoSecrets *galileo)
{
    Values values;
    GalileoSecrets ignored;
    for (const Slot &slot : slotsOf(config, galileo ? galileo : &ignored)) {
        const QString value = slot.get();
        if (value.isEmpty())
            continue;
        values.insert(slot.key, value);
        slot.set(QString());
    }
    return values;
}

void restore(const Values &values, IntegrationConfig *config, GalileoSecrets *galileo)
{
    GalileoSecrets ignored;
    for (const Slot &slot : slotsOf(config, galileo ? galileo : &ignored)) {
        const auto it = values.constFind(slot.key);
        if (it != values.constEnd())
            slot.set(*it);
    }
    // An extracted other field left no key behind to find its slot by.
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.key().startsWith(s_otherPrefix) &&
            isCredentialName(it.key().mid(s_otherPrefix.size())))
            otherFieldSlot(it.key().mid(s_otherPrefix.size()), &config->extra).set(*it);
    }
}

IntegrationConfig masked(IntegrationConfig config, const QString &replacement)
{
    const QString token = QString::fromLatin1(FieldCatalog::info(FieldId::Token).jsonPath);
    const QString kwargs =
        QString::fromLatin1(FieldCatalog::info(FieldId::CustomLlmInitKwargs).jsonPath);
    for (const Slot &slot : slotsOf(&config, nullptr)) {
        const QString value = slot.get();
        if (value.isEmpty())
            continue;
        if (slot.key == token)
            // The client ID is not a secret and helps to recognise the credentials.
            slot.set(maskObjectText(value, replacement, {QStringLiteral("client_id")}));
        else if (slot.key == kwargs)
            slot.set(maskObjectText(value, replacement, {}));
        else
            slot.set(replacement);
    }
    return config;
}

bool isRequiredSlot(const QString &slot)
{
    return slot == FieldCatalog::jsonKey(FieldId::ApiKeyValue) ||
           slot == FieldCatalog::jsonKey(FieldId::Token);
}

bool isGalileoSlot(const QString &slot)
{
    return slot == s_galileoApiKey || slot == s_galileoPassword;
}

QString keychainKey(const QString &profileId, const QString &slot)
{
    return profileId + QLatin1Char('/') + slot;
}

QJsonArray loc(const QString &slot)
{
    if (slot.startsWith(s_headerPrefix))
        return {QStringLiteral("body"), QStringLiteral("headers"), slot.mid(s_headerPrefix.size())};
    if (slot.startsWith(s_otherPrefix))
        return {QStringLiteral("body"), slot.mid(s_otherPrefix.size())};
    if (isGalileoSlot(slot))
        return {QStringLiteral("connection"), slot};
    QJsonArray loc{QStringLiteral("body")};
    for (const QString &key : slot.split(QLatin1Char('.')))
        loc.append(key);
    return loc;
}

bool isPlaceholder(const QString &slot, const QString &value)
{
    if (isPlaceholderText(value))
        return true;
    if (slot.startsWith(s_otherPrefix)) {
        // A string value is kept as JSON text: "\"********\"".
        const QJsonValue inner = jsonValueOf(value);
        return inner.isString() && isPlaceholderText(inner.toString());
    }
    if (slot != QLatin1String(FieldCatalog::info(FieldId::Token).jsonPath) &&
        slot != QLatin1String(FieldCatalog::info(FieldId::CustomLlmInitKwargs).jsonPath))
        return false;
    // A masked copy of an object keeps its keys: {"client_id": "app", "client_secret": "****"}.
    const QJsonObject object = QJsonDocument::fromJson(value.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString() && isPlaceholderText(it.value().toString()))
            return true;
    }
    return false;
}

QByteArray maskAnswer(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull()) {
        QJsonValue value =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        if (!maskJson(&value))
            return body;
        return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    }
    // access_token=...&token_type=bearer, as some token servers answer.
    static const QRegularExpression form(
        QStringLiteral("^[\\w.\\-]+=[^&\\s]*(&[\\w.\\-]+=[^&\\s]*)*$"));
    const QString text = QString::fromUtf8(body.trimmed());
    if (!form.match(text).hasMatch())
        return body;
    QStringList pairs = text.split(QLatin1Char('&'));
    bool changed = false;
    for (QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = QUrl::fromPercentEncoding(pair.left(equals).toUtf8());
        if (isCredentialName(key) && equals + 1 < pair.size()) {
            pair = pair.left(equals + 1) + mask();
            changed = true;
        }
    }
    return changed ? pairs.join(QLatin1Char('&')).toUtf8() : body;
}

QList<QByteArray> sentValues(const IntegrationConfig &config)
{
    IntegrationConfig copy = config;
    QList<QByteArray> values;
    const Values filled = extract(&copy, nullptr);
    for (const QString &text : filled) {
        values << text.toUtf8();
        const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            // The client ID names the credentials without giving them away, as masked() shows.
            if (it.value().isString() && it.key() != QLatin1String("client_id"))
                values << it.value().toString().toUtf8();
        }
    }
    return values;
}

QList<QByteArray> redactionValuesOf(const QByteArray &secret)
{
    QList<QByteArray> values{secret};
    const qsizetype space = secret.indexOf(' ');
    if (space < 0)
        return values;
    // "Bearer <key>", "Basic <base64 of user:password>": the credential after the scheme.
    const QByteArray credential = secret.mid(space + 1).trimmed();
    values << credential;
    if (secret.left(space).compare("Basic", Qt::CaseInsensitive) == 0) {
        const QByteArray pair = QByteArray::fromBase64(credential);
        const qsizetype colon = pair.indexOf(':');
        if (colon >= 0) {
            const QByteArray password = pair.mid(colon + 1);
            values << password << QByteArray::fromPercentEncoding(password);
        }
    }
    return values;
}

namespace {

// The ways an answer may write `secret`: as it is, percent- and form-encoded, and escaped in a
// JSON string (with or without non-ASCII as \u escapes, with or without "\/").
QList<QByteArray> writtenForms(const QByteArray &secret)
{
    QList<QByteArray> forms{secret, QUrl::toPercentEncoding(secret)};
    forms << QUrl::toPercentEncoding(secret, " ").replace(' ', '+');
    const QString text = QString::fromUtf8(secret);
    for (const bool asciiOnly : {false, true}) {
        QByteArray escaped;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t u = text.at(i).unicode();
            if (u == '"' || u == '\\') {
                escaped += '\\';
                escaped += char(u);
            } else if (u < 0x20 && !asciiOnly && QByteArrayView("\b\f\n\r\t").contains(char(u))) {
                escaped += '\\';
                escaped += "bfnrt"[QByteArrayView("\b\f\n\r\t").indexOf(char(u))];
            } else if (u < 0x20 || (asciiOnly && u > 0x7e)) {
                // Outside the BMP a character is two escapes, one for each surrogate.
                escaped += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')).toLatin1();
            } else {
                const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
                escaped += text.mid(i, pair ? 2 : 1).toUtf8();
                i += pair ? 1 : 0;
            }
        }
        forms << escaped << QByteArray(escaped).replace("/", "\\/");
    }
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    return forms;
}

// Until none is left: the mask put in place may complete another occurrence ("aa*******" with
// the secret "a*******"). Each round takes out a character the mask does not have, so it ends.
QByteArray replaceForms(QByteArray text, const QList<QByteArray> &forms, const QByteArray &mask)
{
    bool found = true;
    while (found) {
        found = false;
        for (const QByteArray &form : forms) {
            if (text.contains(form)) {
                text.replace(form, mask);
                found = true;
            }
        }
    }
    return text;
}

} // namespace

QByteArray redact(const QByteArray &answer, const QList<QByteArray> &secrets)
{
    const QByteArray mask = SecretCatalog::mask().toUtf8();
    QList<QByteArray> forms;
    for (const QByteArray &secret : secrets) {
        // A secret of the mask's own characters is nothing the mask could hide.
        if (QString::fromUtf8(secret).size() < RedactedMinimumLength || mask.contains(secret))
            continue;
        for (const QByteArray &form : writtenForms(secret)) {
            if (!mask.contains(form))
                forms << form;
        }
    }
    const bool found = std::any_of(forms.cbegin(), forms.cend(), [&answer](const QByteArray &form) {
        return answer.contains(form);
    });
    // A JSON string may write any character as "\u0061": such strings are read first.
    if (forms.isEmpty() || (!found && !answer.contains("\\u")))
        return answer;
    // The longest first: a secret that contains another is masked whole.
    std::sort(forms.begin(), forms.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    QJsonParseError error;
    QJsonDocument::fromJson(answer, &error);
    if (error.error != QJsonParseError::NoError)
        return found ? replaceForms(answer, forms, mask) : answer;
    // JSON: only what is inside a string changes, so that the answer still parses (a secret
    // that reads like a number is left alone where it stands as one).
    QByteArray redacted;
    redacted.reserve(answer.size());
    qsizetype i = 0;
    while (i < answer.size()) {
        if (answer.at(i) != '"') {
            redacted += answer.at(i++);
            continue;
        }
        qsizetype end = i + 1;
        while (end < answer.size() && answer.at(end) != '"')
            end += answer.at(end) == '\\' ? 2 : 1;
        const QByteArray inside = answer.mid(i + 1, end - i - 1);
        QByteArray written = replaceForms(inside, forms, mask);
        if (written.contains("\\u")) {
            // Read as the string it is, masked, and written again.
            const QString text =
                QJsonDocument::fromJson("[\"" + written + "\"]").array().at(0).toString();
            const QByteArray masked = replaceForms(text.toUtf8(), forms, mask);
            if (masked != text.toUtf8()) {
                written = QJsonDocument(QJsonArray{QString::fromUtf8(masked)})
                              .toJson(QJsonDocument::Compact);
                written = written.mid(2, written.size() - 4); // inside [" and "]
            }
        }
        redacted += '"';
        redacted += written;
        redacted += '"';
        i = end + 1;
    }
    return redacted;
}

bool isSecretAnswerHeader(const QByteArray &name)
{
    static const QList<QByteArray> names = {"set-cookie", "set-cookie2", "authorization",
                                            "proxy-authorization", "cookie"};
    return names.contains(name.toLower());
}

} // namespace SecretCatalog
