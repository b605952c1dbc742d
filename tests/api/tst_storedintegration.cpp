#include "api/apiresult.h"

#include <QJsonArray>
#include <QtTest>

// IntegrationDB as Galileo returns it, read and printed for a terminal.
class tst_StoredIntegration : public QObject
{
    Q_OBJECT

private slots:
    void readsTheAnswer()
    {
        const QJsonObject json{
            {"id", "6f1c"},
            {"name", "custom"},
            {"created_at", "2025-11-03T10:15:00.123Z"},
            {"updated_at", "2025-11-04T08:00:01+00:00"},
            {"created_by", "0b9c"},
            {"is_selected", true},
            {"permissions", QJsonArray{QJsonObject{{"action", "update"}, {"allowed", true}}}},
            {"provider", "custom"}};
        StoredIntegration stored;
        QString problem;
        QVERIFY(StoredIntegration::fromJson(json, &stored, &problem));
        QCOMPARE(stored.id, QStringLiteral("6f1c"));
        QVERIFY(stored.createdAt.isValid());
        QVERIFY(stored.selected);
        QCOMPARE(stored.permissions.size(), 1);
        QCOMPARE(stored.json.value("provider").toString(), QStringLiteral("custom"));
        const QStringList lines = stored.toLines();
        QCOMPARE(lines.first(), QStringLiteral("id: 6f1c"));
        QVERIFY(lines.contains(QStringLiteral("permission update: allowed")));
    }

    void missingFieldsAreNamed()
    {
        StoredIntegration stored;
        QString problem;
        QVERIFY(!StoredIntegration::fromJson({{"id", 7}, {"name", "custom"}}, &stored, &problem));
        QVERIFY2(problem.contains(QLatin1String("id, created_at, updated_at, created_by")),
                 qPrintable(problem));
    }

    // What the server sends cannot add lines or escape sequences to the terminal (found by
    // fuzz_galileo_answers).
    void serverValuesCannotBreakTheLines()
    {
        const QJsonObject json{
            {"id", QStringLiteral("6f1c\n\x1b[2Jcleared")},
            {"name", "custom"},
            {"created_at", "2025-11-03T10:15:00Z"},
            {"updated_at", "2025-11-03T10:15:00Z"},
            {"created_by", QString::fromLatin1("a\0b", 3)},
            {"permissions",
             QJsonArray{QJsonObject{{"action", "update\r\nforged: yes"}, {"message", "x\ty"}}}}};
        StoredIntegration stored;
        QString problem;
        QVERIFY(StoredIntegration::fromJson(json, &stored, &problem));
        const QStringList lines = stored.toLines();
        QCOMPARE(lines.size(), 9); // with the provider, which an older server names by `name`
        QCOMPARE(lines.at(0), QStringLiteral("id: 6f1c \uFFFD[2Jcleared"));
        QCOMPARE(lines.at(2), QStringLiteral("provider: custom"));
        QCOMPARE(lines.at(5), QStringLiteral("created_by: a\uFFFDb"));
        QCOMPARE(lines.at(8), QStringLiteral("permission update  forged: yes: not allowed (x y)"));
    }
};

QTEST_GUILESS_MAIN(tst_StoredIntegration)
#include "tst_storedintegration.moc"
