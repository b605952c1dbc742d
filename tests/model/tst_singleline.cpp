#include "model/singleline.h"

#include <QtTest>

class tst_SingleLine : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("line");
        const QString replacement(QChar::ReplacementCharacter);
        QTest::newRow("plain") << "field required"
                               << "field required";
        QTest::newRow("unicode kept") << QStringLiteral("Größe \u00e9 \U0001F600")
                                      << QStringLiteral("Größe \u00e9 \U0001F600");
        QTest::newRow("line breaks and tabs") << "a\nb\r\nc\td\x0b\x0c"
                                              << "a b  c d  ";
        QTest::newRow("unicode line breaks")
            << QStringLiteral("a\u2028b\u2029c\u0085d") << "a b c d";
        QTest::newRow("NUL and escape") << QString::fromLatin1("a\0b\x1b[2Jc", 8)
                                        << "a" + replacement + "b" + replacement + "[2Jc";
        QTest::newRow("DEL and C1")
            << QStringLiteral("a\u007fb\u009bc") << "a" + replacement + "b" + replacement + "c";
        QTest::newRow("bidirectional overrides")
            << QStringLiteral("admin\u202e\u2066txt.exe\u2069\u202c")
            << "admin" + replacement + replacement + "txt.exe" + replacement + replacement;
    }

    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QString, line);
        QCOMPARE(singleLine(text), line);
    }
};

QTEST_GUILESS_MAIN(tst_SingleLine)
#include "tst_singleline.moc"
