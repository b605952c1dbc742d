#include "fuzzsupport.h"

#include "api/gatewayrequests.h"
#include "model/secretcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

// Whether any text value in the JSON holds the text (keys are names, not values).
bool anyValueHolds(const QJsonValue &value, const QString &text)
{
    if (value.isString())
        return value.toString().contains(text);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(),
                           [&text](const QJsonValue &inner) { return anyValueHolds(inner, text); });
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [&text](const QJsonValue &inner) { return anyValueHolds(inner, text); });
    }
    return false;
}

} // namespace

// A gateway's answers through the code that reads them: the OAuth2 token answer, the model
// list, the completion, and the masking every recorded answer goes through.

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);

    const TokenRequest::Answer token = TokenRequest::parse(body);
    const QByteArray masked = SecretCatalog::maskAnswer(body);
    FUZZ_CHECK(SecretCatalog::maskAnswer(masked) == masked, "masking twice changes the text");
    // A token the parser found is in no text of the masked answer, not even where the answer
    // repeats it in another value. (A token that is the mask itself hides nothing.)
    if (token.accessToken.size() >= 8 && token.accessToken != SecretCatalog::mask()) {
        const QJsonDocument document = QJsonDocument::fromJson(masked);
        const QJsonValue root =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        FUZZ_CHECK(!anyValueHolds(root, token.accessToken), "a token survives masking");
    }

    // What a request carried, redacted from the answer (HttpTransport does it to every answer):
    // the first line of the input is the secret, the rest the answer. No written form of the
    // secret is left anywhere, and an answer that was JSON still is.
    const qsizetype newline = body.indexOf('\n');
    if (newline >= 0) {
        const QByteArray secret = body.left(newline);
        const QByteArray said = body.mid(newline + 1);
        const QByteArray redacted = SecretCatalog::redact(said, {secret});
        if (QString::fromUtf8(secret).size() >= SecretCatalog::RedactedMinimumLength &&
            !SecretCatalog::mask().toUtf8().contains(secret)) {
            const QJsonDocument before = QJsonDocument::fromJson(said);
            const QJsonDocument after = QJsonDocument::fromJson(redacted);
            FUZZ_CHECK(before.isNull() || !after.isNull(), "redacting broke the JSON");
            if (before.isNull())
                FUZZ_CHECK(!redacted.contains(secret), "a secret survives redacting");
            else
                FUZZ_CHECK(!anyValueHolds(after.isObject() ? QJsonValue(after.object())
                                                           : QJsonValue(after.array()),
                                          QString::fromUtf8(secret)),
                           "a secret survives redacting in a JSON string");
        }
    }

    const QStringList models = ModelsRequest::parse(body);
    for (const QString &id : models)
        FUZZ_CHECK(!id.isEmpty(), "an empty model id");
    FUZZ_CHECK(QSet<QString>(models.cbegin(), models.cend()).size() == models.size(),
               "a model listed twice");
    const QString answer = CompletionRequest::parse(body);
    FUZZ_CHECK(answer.isEmpty() || body.contains("choices"),
               "an answer from a body without choices");
    return 0;
}
