#include "fuzzsupport.h"

#include "api/gatewayrequests.h"
#include "model/secretcatalog.h"

#include <QSet>

// A gateway's answers through the code that reads them: the OAuth2 token answer, the model
// list, the completion, and the masking every recorded answer goes through.

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);

    const TokenRequest::Answer token = TokenRequest::parse(body);
    const QByteArray masked = SecretCatalog::maskAnswer(body);
    FUZZ_CHECK(SecretCatalog::maskAnswer(masked) == masked, "masking twice changes the text");
    // A token the parser found is not in the masked answer, unless it is text the answer
    // holds elsewhere too (then it is no secret of this answer's making).
    if (token.accessToken.size() >= 8 && body.count(token.accessToken.toUtf8()) == 1)
        FUZZ_CHECK(!masked.contains(token.accessToken.toUtf8()), "a token survives masking");

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
