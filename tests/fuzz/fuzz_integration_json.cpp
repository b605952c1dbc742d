#include "fuzzsupport.h"

#include "model/integrationjson.h"
#include "model/jsontext.h"

#include <QJsonDocument>

// Any text through IntegrationJson::read and the key scanner it uses:
// - the scanner and QJsonDocument agree on what is JSON, so the scanner never walks text Qt
//   parsed differently (a wrong header order, a duplicate that is not one);
// - text that is not a JSON object is reported, never half-read;
// - a body that reads writes, reads and writes again to the same bytes.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);

    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    FUZZ_CHECK(JsonText::scanKeys(json).valid == (error.error == QJsonParseError::NoError),
               "the key scanner and QJsonDocument disagree on whether this is JSON");

    const IntegrationJson::ReadResult read = IntegrationJson::read(json);
    if (!read.ok) {
        FUZZ_CHECK(read.issues.size() == 1 && read.issues.first().isError(),
                   "unreadable text must give exactly one error");
        FUZZ_CHECK(read.config == IntegrationConfig(), "unreadable text must give an empty config");
        return 0;
    }
    Fuzz::checkWriteReadWrite(read.config);
    return 0;
}
