#include "connectiondialog.h"

#include "fakegalileo.h"

#include "../widgettestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

// The connection dialog's check against a loopback Galileo: the field drift step and its lines.
class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    // Tab goes through the dialog in reading order, for each way of signing in.
    void tabFollowsTheReadingOrder()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *method = dialog.findChild<QComboBox *>(u"authMethodCombo"_s);
        QVERIFY(method);
        for (int index = 0; index < method->count(); ++index) {
            method->setCurrentIndex(index);
            QTRY_VERIFY2(TestSupport::tabOrderProblems(&dialog).isEmpty(),
                         qPrintable(TestSupport::tabOrderProblems(&dialog).join(u'\n')));
        }
    }

    // The warning under the URL wraps: typing a plain-http URL of another machine no longer
    // widens the dialog past the screen, and the warning is read whole.
    void theDialogKeepsItsWidthAsTheUrlIsTyped()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int width = dialog.width();
        auto *url = dialog.findChild<QLineEdit *>(u"baseUrlEdit"_s);
        url->setFocus();
        QTest::keyClicks(url, u"http://galileo-cluster.internal.example.com:8088"_s);
        auto *derived = dialog.findChild<QLabel *>(u"derivedUrlLabel"_s);
        QVERIFY2(derived->text().contains(u"https://"_s), qPrintable(derived->text()));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTest::qWait(20);
        QCOMPARE(dialog.width(), width);
        // Its lines, and no gap above and below them.
        QTRY_COMPARE(derived->height(), derived->heightForWidth(derived->width()));
    }

    void theCheckShowsTheDriftFieldByField()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        auto galileo = std::make_shared<FakeGalileo>(FakeGalileo::Generation::Older);
        galileo->openApi = FakeGalileo::seedOpenApi([](QJsonObject &schemas) {
            FakeGalileo::removeProperties(schemas, u"CustomIntegrationCreate"_s,
                                          {u"custom_header_mapping"_s});
            FakeGalileo::addProperty(schemas, u"CustomIntegrationCreate"_s, u"reasoning_config"_s);
        });
        server.setHandler(galileo->handler(galileo));

        ConnectionDialog dialog;
        ConnectionSettings settings;
        settings.baseUrl = server.url().toString();
        settings.timeoutSeconds = 5;
        dialog.setConnection(settings, {u"key-1"_s, {}});
        dialog.show();
        QVERIFY(!dialog.checkedDrift().has_value());
        auto *steps = dialog.findChild<QTreeWidget *>(u"checkSteps"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"checkConnectionButton"_s),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(steps->topLevelItemCount(), 4, 10000);
        QTreeWidgetItem *drift = steps->topLevelItem(3);
        QCOMPARE(drift->text(0), u"Field drift"_s);
        QVERIFY2(drift->text(3).contains(u"Fields only on the server: 1; only in this app: 1"_s),
                 qPrintable(drift->text(3)));
        QStringList lines;
        for (int i = 0; i < drift->childCount(); ++i)
            lines << drift->child(i)->text(3);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(u"reasoning_config: known to the server"_s));
        QVERIFY(lines.last().startsWith(u"custom_header_mapping: sent by this app"_s));

        // What the check found is handed on while the dialog points at that cluster.
        QVERIFY(dialog.checkedDrift().has_value());
        QCOMPARE(dialog.checkedDrift()->appOnly, QStringList{u"custom_header_mapping"_s});
        // The step names show whole.
        QVERIFY(steps->columnWidth(0) >=
                steps->fontMetrics().horizontalAdvance(steps->topLevelItem(0)->text(0)));

        // Typing another URL takes the results away: they were about the old one.
        auto *url = dialog.findChild<QLineEdit *>(u"baseUrlEdit"_s);
        QVERIFY(url);
        url->setFocus();
        QTest::keyClick(url, Qt::Key_End);
        QTest::keyClicks(url, u"/other"_s);
        QCOMPARE(steps->topLevelItemCount(), 0);
        QVERIFY(!dialog.checkedDrift().has_value());
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"checkConnectionButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItemCount() > 0, 10000);
        url->setText(server.url().toString());
        ConnectionSettings elsewhere = settings;
        elsewhere.baseUrl = u"http://127.0.0.1:1"_s;
        dialog.setConnection(elsewhere, {u"key-1"_s, {}});
        QVERIFY(!dialog.checkedDrift().has_value());
    }
};

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
