#include "historydialog.h"
#include "issuelist.h"
#include "mainwindow.h"
#include "planview.h"

#include "appidentity.h"
#include "model/headerstable.h"
#include "model/integrationjson.h"

#include "fakegalileo.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString ApiKey = u"WIN-SECRET-key-1618"_s;
const QString HeaderValue = u"WIN-SECRET-header-1414"_s;

IntegrationConfig configWithSecrets()
{
    const QJsonObject body{{"authentication_type", "api_key"},
                           {"endpoint", "https://gw.example/v1"},
                           {"api_key_header", "X-Key"},
                           {"api_key_value", ApiKey},
                           {"headers", QJsonObject{{"X-Tenant", HeaderValue}}},
                           {"model_properties", QJsonArray{QJsonObject{{"name", "m"}}}}};
    return IntegrationJson::read(QJsonDocument(body).toJson()).config;
}

} // namespace

// Profile > History: the applies of the profile, and an entry restored into the form with its
// unchanged secrets from the keychain and the changed ones left to fill in.
class tst_HistoryDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::shared_ptr<FakeGalileo> m_galileo;
    LoopbackServer *m_server = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    MainWindow *m_window = nullptr;

    IntegrationSession *session() const { return m_window->session(); }

    bool finishProfile(const std::function<void()> &start)
    {
        QSignalSpy done(session(), &IntegrationSession::profileFinished);
        start();
        return done.wait(5000) && done.first().at(1).toBool();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        AppIdentity::apply();
        qRegisterMetaType<ApiResult>();
    }

    void init()
    {
        QSettings().clear();
        qunsetenv("GALILEO_API_KEY");
        m_galileo = std::make_shared<FakeGalileo>();
        m_server = new LoopbackServer;
        QVERIFY(m_server->listen());
        m_server->setHandler(m_galileo->handler(m_galileo));
        m_secrets = new MemorySecretStore;
        m_window = new MainWindow(m_secrets);
        ConnectionSettings settings;
        settings.baseUrl = m_server->url().toString();
        m_window->setConnection(settings, {u"galileo-key"_s, {}});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        m_window->markSaved();
        delete m_window;
        delete m_secrets;
        delete m_server;
    }

    void restoreTakesUnchangedSecretsAndAsksForChangedOnes()
    {
        QAction *history = m_window->findChild<QAction *>(u"historyAction"_s);
        QVERIFY(history);
        QVERIFY(!history->isEnabled()); // no profile yet

        m_window->showIntegration(configWithSecrets(), u"test"_s, {});
        QVERIFY(finishProfile([this] { session()->saveProfileAs(u"Windowed"_s); }));
        QVERIFY(history->isEnabled());
        QSignalSpy recorded(session(), &IntegrationSession::historyRecorded);
        QCOMPARE(session()->submit(), IntegrationSession::Blocked::No);
        QVERIFY(recorded.wait(10000));
        QCOMPARE(recorded.first().at(0).toString(), QString());

        // Since that apply the header's secret changed (and was saved); the key did not.
        HeadersTable *headers = m_window->model()->headers();
        QVERIFY(headers->setData(headers->index(0, HeadersTable::ValueColumn),
                                 u"WIN-SECRET-header-changed"_s));
        m_window->model()->setText(FieldId::Endpoint, u"https://gw-new.example/v1"_s);
        QVERIFY(finishProfile([this] { session()->saveProfile(); }));

        history->trigger();
        auto *dialog = m_window->findChild<HistoryDialog *>(u"historyDialog"_s);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *list = dialog->findChild<QTreeWidget *>(u"historyList"_s);
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(2).contains(u"stored id-custom"_s));
        // With seconds and the year whole (a review saw several entries reading alike).
        const QString when = list->topLevelItem(0)->text(0);
        QVERIFY2(when.contains(QString::number(QDate::currentDate().year())), qPrintable(when));
        QVERIFY2(when.count(u':') == 2, qPrintable(when));
        QVERIFY(list->topLevelItem(0)->text(1).contains(m_server->url().toDisplayString()));
        const QString body = dialog->findChild<QPlainTextEdit *>(u"historyBody"_s)->toPlainText();
        QVERIFY(body.contains(u"https://gw.example/v1"_s));
        QVERIFY(body.contains(u"********"_s));
        QVERIFY(!body.contains(ApiKey));
        QVERIFY(!body.contains(HeaderValue));
        // Compared with the form: the endpoint and the header's secret changed, the key not.
        auto *compare = dialog->findChild<QPushButton *>(u"compareButton"_s);
        QVERIFY(compare->isVisible());
        QSignalSpy planned(session(), &IntegrationSession::planned);
        QTest::mouseClick(compare, Qt::LeftButton);
        QVERIFY(planned.wait(5000));
        auto *side = m_window->findChild<QTabWidget *>(u"sideTabs"_s);
        QVERIFY(side->currentWidget()->isAncestorOf(m_window->planView()));
        auto *changes = m_window->planView()->findChild<QListWidget *>(u"planChanges"_s);
        QStringList lines;
        for (int row = 0; row < changes->count(); ++row)
            lines << changes->item(row)->text();
        const QString shown = lines.join(u'\n');
        QVERIFY2(shown.contains(u"~ endpoint: \"https://gw.example/v1\" -> "
                                u"\"https://gw-new.example/v1\""_s),
                 qPrintable(shown));
        QVERIFY2(shown.contains(u"~ headers[X-Tenant]: (secret changed)"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"api_key_value: (secret unchanged)"_s), qPrintable(shown));
        QVERIFY(!shown.contains(ApiKey));
        QVERIFY(!shown.contains(u"WIN-SECRET"_s));
        QVERIFY(m_window->planView()
                    ->findChild<QLabel *>(u"planDetails"_s)
                    ->text()
                    .contains(u"earlier apply from the history"_s));

        QSignalSpy restored(session(), &IntegrationSession::historyRestored);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"restoreButton"_s), Qt::LeftButton);
        QVERIFY(restored.wait(5000));

        QCOMPARE(m_window->findChild<QLineEdit *>(u"endpointEdit"_s)->text(),
                 u"https://gw.example/v1"_s);
        QCOMPARE(m_window->model()->config().apiKeyValue, ApiKey); // from the keychain
        QCOMPARE(m_window->model()->config().headers.value(0).name, u"X-Tenant"_s);
        QVERIFY(m_window->model()->config().headers.value(0).value.isEmpty()); // asked for
        auto *issues = m_window->findChild<IssueList *>();
        QVERIFY(issues);
        bool askedFor = false;
        for (int row = 0; row < issues->count(); ++row) {
            const QString text = issues->item(row)->text();
            if (text.startsWith(u"headers.X-Tenant (to fill in)"_s))
                askedFor = true;
            QVERIFY2(!text.startsWith(u"api_key_value"_s), qPrintable(text));
        }
        QVERIFY(askedFor);
        QVERIFY(m_window->isModified());
    }

    // A new apply shows in an open history at once.
    void openHistoryFollowsNewApplies()
    {
        m_window->showIntegration(configWithSecrets(), u"test"_s, {});
        QVERIFY(finishProfile([this] { session()->saveProfileAs(u"Following"_s); }));
        HistoryDialog *dialog = m_window->showHistory();
        auto *list = dialog->findChild<QTreeWidget *>(u"historyList"_s);
        QCOMPARE(list->topLevelItemCount(), 0);
        QSignalSpy recorded(session(), &IntegrationSession::historyRecorded);
        QCOMPARE(session()->submit(), IntegrationSession::Blocked::No);
        QVERIFY(recorded.wait(10000));
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(dialog->findChild<QPushButton *>(u"restoreButton"_s)->isEnabled());
    }
};

QTEST_MAIN(tst_HistoryDialog)
#include "tst_historydialog.moc"
