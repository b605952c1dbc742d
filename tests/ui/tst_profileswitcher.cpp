#include "issuelist.h"
#include "mainwindow.h"
#include "profileswitcher.h"

#include "api/galileoclient.h"
#include "storage/profilestore.h"

#include "../testsupport.h"
#include "../widgettestsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QtTest>

namespace {

// A keychain that is not there, as without a Secret Service.
class UnavailableSecretStore : public SecretStore
{
public:
    explicit UnavailableSecretStore(
        Status status = Status::Unavailable,
        const QString &message = QStringLiteral("Cannot autolaunch D-Bus"))
        : m_status(status)
        , m_message(message)
    {}
    void read(const QString &, Callback done) override { fail(done); }
    void write(const QString &, const QString &, Callback done) override { fail(done); }
    void remove(const QString &, Callback done) override { fail(done); }
    QString displayName() const override { return QStringLiteral("the test keychain"); }

private:
    void fail(Callback done)
    {
        QTimer::singleShot(0, this, [this, done] { done(Result{m_status, {}, m_message}); });
    }

    Status m_status;
    QString m_message;
};

} // namespace

// Profiles in the window: the switcher, the menu's actions and the unsaved-changes prompt.
class tst_ProfileSwitcher : public QObject
{
    Q_OBJECT

private:
    bool waitFor(const std::function<void()> &start)
    {
        QSignalSpy done(m_window->profiles(), &ProfileSwitcher::finished);
        start();
        if (!done.wait(10000))
            return false;
        return done.first().first().toBool();
    }

    void typeEndpoint(const QString &text)
    {
        auto *endpoint = m_window->findChild<QLineEdit *>(QStringLiteral("endpointEdit"));
        endpoint->selectAll();
        QTest::keyClicks(endpoint, text);
    }

    QStringList comboNames() const
    {
        QStringList names;
        QComboBox *combo = m_window->profiles()->combo();
        for (int i = 1; i < combo->count(); ++i)
            names << combo->itemText(i);
        return names;
    }

    MemorySecretStore *m_secrets = nullptr;
    MainWindow *m_window = nullptr;

private slots:
    void init()
    {
        QDir(ProfileStore::defaultDirectory()).removeRecursively();
        QSettings().clear();
        m_secrets = new MemorySecretStore;
        m_window = new MainWindow(m_secrets);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        m_window->markSaved();
        delete m_window;
        delete m_secrets;
    }

    void saveAsListsTheProfileAndKeepsSecretsInTheStore()
    {
        typeEndpoint(QStringLiteral("https://staging.example/v1"));
        m_window->setConnection(m_window->client()->settings(), {QStringLiteral("gal-key"), {}});
        m_window->model()->setText(FieldId::Token,
                                   QStringLiteral("{\"client_id\":\"a\",\"client_secret\":\"b\"}"));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(waitFor([this] { m_window->profiles()->saveAs(QStringLiteral("Staging")); }));
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(comboNames(), QStringList{"Staging"});
        QCOMPARE(m_window->profiles()->combo()->currentText(), QStringLiteral("Staging"));
        QVERIFY(m_window->windowTitle().startsWith(QLatin1String("Staging")));
        const QString id = m_window->profiles()->currentId();
        QCOMPARE(m_secrets->values().value(id + "/galileo_api_key"), QStringLiteral("gal-key"));
        QVERIFY(m_secrets->values().value(id + "/token").contains(QLatin1String("client_secret")));
        // Ctrl+S saves again in place.
        typeEndpoint(QStringLiteral("https://staging.example/v2"));
        QVERIFY(waitFor([this] {
            m_window->findChild<QAction *>(QStringLiteral("saveProfileAction"))->trigger();
        }));
        QCOMPARE(comboNames(), QStringList{"Staging"});
        Profile stored;
        QString error;
        QVERIFY(ProfileStore().load(id, &stored, &error));
        QCOMPARE(stored.config.endpoint, QStringLiteral("https://staging.example/v2"));
    }

    // The list is as wide as the names when the window shows, and follows names saved later;
    // its popup is not built before the window's first picture.
    void theListFollowsTheNamesWithoutAPopupBuiltEarly()
    {
        MainWindow hidden(m_secrets);
        QVERIFY(hidden.profiles()->combo()->findChildren<QAbstractItemView *>().isEmpty());

        QComboBox *combo = m_window->profiles()->combo();
        const int before = combo->width();
        QVERIFY(waitFor([this] {
            m_window->profiles()->saveAs(
                QStringLiteral("Production gateway of the EU west region, second tenant"));
        }));
        QTRY_VERIFY(combo->width() > before);
        // As wide as the tool bar leaves it; it asks for the whole name.
        QVERIFY(combo->sizeHint().width() >
                combo->fontMetrics().horizontalAdvance(combo->currentText()));
    }

    // Closing with a saved profile changed says what is not saved and offers to save it: the
    // window closes once the profile is saved.
    void closingOffersToSaveTheProfile()
    {
        typeEndpoint(QStringLiteral("https://staging.example/v1"));
        QVERIFY(waitFor([this] { m_window->profiles()->saveAs(QStringLiteral("Staging")); }));
        const QString id = m_window->profiles()->currentId();
        ConnectionSettings changed = m_window->client()->settings();
        changed.baseUrl = QStringLiteral("https://galileo.internal.example");
        m_window->setConnection(changed, {QStringLiteral("gal-key"), {}});
        QVERIFY(m_window->isWindowModified());

        QString asked;
        QTimer::singleShot(0, [&asked] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            QVERIFY(box->button(QMessageBox::Save));
            box->button(QMessageBox::Save)->click();
        });
        QSignalSpy saved(m_window->profiles(), &ProfileSwitcher::finished);
        QVERIFY(!m_window->close()); // not yet: the profile is being saved
        QVERIFY2(asked.contains(QLatin1String("Changes to the Galileo connection and Galileo's "
                                              "credentials are not saved in the profile "
                                              "\"Staging\".")),
                 qPrintable(asked));
        QVERIFY(saved.wait());
        QTRY_VERIFY(!m_window->isVisible());
        Profile stored;
        QString error;
        QVERIFY(ProfileStore().load(id, &stored, &error));
        QCOMPARE(stored.connection.baseUrl, QStringLiteral("https://galileo.internal.example"));
    }

    // A review found a form never saved closing with Discard and Cancel only: its work could
    // only be thrown away. It is offered to be saved under a name, and the window closes then.
    void closingANeverSavedFormOffersSaveAs()
    {
        typeEndpoint(QStringLiteral("https://fresh.example/v1"));
        QVERIFY(m_window->profiles()->currentId().isEmpty());
        QString saveText;
        int nameDialogWidth = 0;
        int titleWidth = 0;
        QTimer::singleShot(0, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box->text().contains(QLatin1String("not saved in any profile")));
            QCOMPARE(box->button(QMessageBox::Discard)->text(),
                     QStringLiteral("Close &without saving"));
            saveText = box->button(QMessageBox::Save)->text();
            // Then the name, proposed from the endpoint's host.
            QTimer::singleShot(0, [&] {
                QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
                auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                QCOMPARE(ask->textValue(), QStringLiteral("fresh.example"));
                nameDialogWidth = ask->width();
                titleWidth = ask->fontMetrics().horizontalAdvance(ask->windowTitle());
                ask->setTextValue(QStringLiteral("Fresh"));
                ask->accept();
            });
            box->button(QMessageBox::Save)->click();
        });
        QSignalSpy finished(m_window->profiles(), &ProfileSwitcher::finished);
        QVERIFY(!m_window->close()); // not yet: the profile is being saved
        QCOMPARE(saveText, QStringLiteral("&Save as profile..."));
        QVERIFY2(nameDialogWidth > titleWidth + 100,
                 qPrintable(QStringLiteral("%1 / %2").arg(nameDialogWidth).arg(titleWidth)));
        QVERIFY(finished.wait());
        QTRY_VERIFY(!m_window->isVisible());
        QCOMPARE(m_window->profiles()->currentName(), QStringLiteral("Fresh"));
    }

    // Replacing the form asks with a button that says what it does: Qt's own Discard says
    // "Close without saving", and nothing closes there.
    void replacingTheFormSaysDiscardChanges()
    {
        typeEndpoint(QStringLiteral("https://one.example/v1"));
        QString discardText;
        QString asked;
        QTimer::singleShot(0, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            asked = box->text();
            discardText = box->button(QMessageBox::Discard)->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!m_window->profiles()->confirmDiscard(QStringLiteral("Open another body anyway?")));
        QCOMPARE(discardText, QStringLiteral("&Discard changes"));
        QCOMPARE(asked, QStringLiteral("Changes to the integration are not saved in any profile. "
                                       "Open another body anyway?"));
    }

    void switchingWithUnsavedChangesAsks()
    {
        typeEndpoint(QStringLiteral("https://one.example/v1"));
        QVERIFY(waitFor([this] { m_window->profiles()->saveAs(QStringLiteral("One")); }));
        typeEndpoint(QStringLiteral("https://two.example/v1"));
        QVERIFY(waitFor([this] { m_window->profiles()->saveAs(QStringLiteral("Two")); }));
        QComboBox *combo = m_window->profiles()->combo();

        typeEndpoint(QStringLiteral("https://unsaved.example/v1"));
        bool asked = false;
        TestSupport::answerNextDialog(QDialogButtonBox::Cancel, &asked);
        combo->activated(combo->findText(QStringLiteral("One")));
        QVERIFY(asked);
        QCOMPARE(combo->currentText(), QStringLiteral("Two")); // stayed
        QCOMPARE(m_window->model()->config().endpoint,
                 QStringLiteral("https://unsaved.example/v1"));

        TestSupport::answerNextDialog(QDialogButtonBox::Discard);
        QVERIFY(waitFor([combo] { combo->activated(combo->findText(QStringLiteral("One"))); }));
        QCOMPARE(combo->currentText(), QStringLiteral("One"));
        QCOMPARE(m_window->model()->config().endpoint, QStringLiteral("https://one.example/v1"));
        QVERIFY(!m_window->isWindowModified());
    }

    void renameDuplicateDelete()
    {
        m_window->model()->headers()->setRows(
            {{QStringLiteral("X-Tenant"), QStringLiteral("acme")}});
        typeEndpoint(QStringLiteral("https://gw.example/v1"));
        QVERIFY(waitFor([this] { m_window->profiles()->saveAs(QStringLiteral("Prod")); }));
        const QString id = m_window->profiles()->currentId();
        QVERIFY(m_window->profiles()->rename(QStringLiteral("Production")));
        QCOMPARE(m_window->profiles()->currentId(), id); // same id, same keychain entries
        QCOMPARE(comboNames(), QStringList{"Production"});

        QVERIFY(waitFor([this] { m_window->profiles()->duplicate(QStringLiteral("Production")); }));
        QCOMPARE(comboNames(), QStringList({"Production", "Production (2)"}));
        const QString copy = m_window->profiles()->currentId();
        QVERIFY(copy != id);
        QCOMPARE(m_secrets->values().value(copy + "/header:X-Tenant"), QStringLiteral("acme"));

        QVERIFY(waitFor([this] { m_window->profiles()->remove(); }));
        QCOMPARE(comboNames(), QStringList{"Production"});
        QVERIFY(!m_secrets->values().contains(copy + "/header:X-Tenant"));
        QVERIFY(m_secrets->values().contains(id + "/header:X-Tenant"));
    }

    void lastProfileOpensAtStartUp()
    {
        typeEndpoint(QStringLiteral("https://remembered.example/v1"));
        m_window->model()->setText(FieldId::Token,
                                   QStringLiteral("{\"client_id\":\"a\",\"client_secret\":\"b\"}"));
        QVERIFY(waitFor([this] { m_window->profiles()->saveAs(QStringLiteral("Remembered")); }));
        MainWindow again(m_secrets);
        again.show();
        QTRY_COMPARE(again.profiles()->combo()->currentText(), QStringLiteral("Remembered"));
        QTRY_COMPARE(again.model()->config().endpoint,
                     QStringLiteral("https://remembered.example/v1"));
        QTRY_VERIFY(again.model()->config().token.contains(QLatin1String("client_secret")));
        QVERIFY(!again.isWindowModified());
    }

    void missingSecretAsksForItAgain()
    {
        m_window->model()->headers()->setRows(
            {{QStringLiteral("X-Tenant"), QStringLiteral("acme")}});
        typeEndpoint(QStringLiteral("https://gw.example/v1"));
        QVERIFY(waitFor([this] { m_window->profiles()->saveAs(QStringLiteral("Gap")); }));
        const QString id = m_window->profiles()->currentId();
        bool removed = false;
        m_secrets->remove(id + "/header:X-Tenant",
                          [&](const SecretStore::Result &) { removed = true; });
        QTRY_VERIFY(removed);
        QVERIFY(waitFor([this, id] { m_window->profiles()->open(id); }));
        bool said = false;
        for (int i = 0; i < m_window->issueList()->count(); ++i) {
            const QString text = m_window->issueList()->item(i)->text();
            said |= text.startsWith(QLatin1String("headers.X-Tenant")) &&
                    text.contains(QLatin1String("enter it again"));
        }
        QVERIFY(said);
    }

    void damagedProfileIsListedNotOpened()
    {
        QDir().mkpath(ProfileStore::defaultDirectory());
        QFile file(ProfileStore::defaultDirectory() + "/broken.json");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        typeEndpoint(QStringLiteral("https://gw.example/v1"));
        QVERIFY(waitFor([this] { m_window->profiles()->saveAs(QStringLiteral("Fine")); }));
        QComboBox *combo = m_window->profiles()->combo();
        const int damaged = combo->findText(QStringLiteral("broken.json (damaged)"));
        QVERIFY(damaged > 0);
        auto *items = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(!items->item(damaged)->isEnabled());
        QVERIFY(
            combo->itemData(damaged, Qt::ToolTipRole).toString().contains(QLatin1String("kept")));
    }

    void noKeychainShowsTheBannerAndKeepsSecretsInTheSession()
    {
        UnavailableSecretStore unavailable;
        MainWindow window(&unavailable);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.model()->setText(FieldId::Endpoint, QStringLiteral("https://gw.example/v1"));
        window.model()->setAuthenticationType(AuthenticationType::ApiKey);
        window.model()->setText(FieldId::ApiKeyValue, QStringLiteral("SESSION-ONLY-77"));
        QSignalSpy done(window.profiles(), &ProfileSwitcher::finished);
        window.profiles()->saveAs(QStringLiteral("No keychain"));
        QVERIFY(done.wait());
        QVERIFY(done.first().first().toBool()); // saved, without secrets
        QVERIFY(window.profiles()->banner()->isVisible());
        const QString text =
            window.findChild<QLabel *>(QStringLiteral("keychainBannerText"))->text();
        QVERIFY(text.contains(QLatin1String("Cannot autolaunch D-Bus")));
        QVERIFY(text.contains(QLatin1String("gnome-keyring")));
        QCOMPARE(window.model()->config().apiKeyValue, QStringLiteral("SESSION-ONLY-77"));
        QVERIFY(TestSupport::filesContaining("SESSION-ONLY-77").isEmpty());
        window.markSaved();
    }

    // A Secret Service that runs without the keyring it was asked for (its creation was
    // cancelled): the banner says to create it, not to install a Secret Service.
    void aKeychainWithoutItsKeyringSaysToCreateIt()
    {
        UnavailableSecretStore noKeyring(
            SecretStore::Status::Failed,
            QStringLiteral("Object does not exist at path "
                           "\u201c/org/freedesktop/secrets/collection/login\u201d"));
        MainWindow window(&noKeyring);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.model()->setAuthenticationType(AuthenticationType::ApiKey);
        window.model()->setText(FieldId::ApiKeyValue, QStringLiteral("KEPT-FOR-THE-SESSION"));
        QSignalSpy done(window.profiles(), &ProfileSwitcher::finished);
        window.profiles()->saveAs(QStringLiteral("No keyring"));
        QVERIFY(done.wait());
        const QString text =
            window.findChild<QLabel *>(QStringLiteral("keychainBannerText"))->text();
        QVERIFY2(text.contains(QLatin1String("create the keyring when asked")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("apt install")), qPrintable(text));
        window.markSaved();
    }
};

QTEST_MAIN(tst_ProfileSwitcher)
#include "tst_profileswitcher.moc"
