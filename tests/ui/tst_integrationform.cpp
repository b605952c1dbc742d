#include "advancedpage.h"
#include "headerspage.h"
#include "integrationform.h"
#include "messageline.h"
#include "modelspage.h"
#include "rowtableeditor.h"

#include "model/integrationjson.h"

#include "../testsupport.h"
#include "../widgettestsupport.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

// The form's widgets, driven with the keyboard and mouse as a user would, against the model.
class tst_IntegrationForm : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }

    void showForm()
    {
        m_model = new IntegrationModel;
        m_form = new IntegrationForm(m_model);
        m_form->resize(1000, 700);
        m_form->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_form));
        m_form->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_form));
    }

    // The editor open on the view's current cell.
    static QWidget *cellEditor(QTableView *view) { return view->indexWidget(view->currentIndex()); }

    IntegrationModel *m_model = nullptr;
    IntegrationForm *m_form = nullptr;

private slots:
    void init() { showForm(); }

    void cleanup()
    {
        delete m_form;
        delete m_model;
    }

    void typingUpdatesTheModel()
    {
        auto *endpoint = child<QLineEdit>(m_form, "endpointEdit");
        endpoint->setFocus();
        QTest::keyClicks(endpoint, QStringLiteral("https://gw.example/v1"));
        QCOMPARE(m_model->config().endpoint, QStringLiteral("https://gw.example/v1"));
        // and the other way: a model change refills the widget
        m_model->setText(FieldId::Endpoint, QStringLiteral("https://other.example"));
        QCOMPARE(endpoint->text(), QStringLiteral("https://other.example"));
    }

    void authTypeShowsOnlyItsFields()
    {
        auto *combo = child<QComboBox>(m_form, "authTypeCombo");
        auto *clientId = child<QLineEdit>(m_form, "clientIdEdit");
        QCOMPARE(m_model->authenticationType(), AuthenticationType::OAuth2); // the spec's default
        QVERIFY(clientId->isVisible());
        // The API-key page is built when first chosen, not at every start.
        QVERIFY(!m_form->findChild<QLineEdit *>(QStringLiteral("apiKeyValueEdit")));

        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Up); // OAuth2 -> API key
        QCOMPARE(m_model->authenticationType(), AuthenticationType::ApiKey);
        auto *apiKeyValue = child<QLineEdit>(m_form, "apiKeyValueEdit");
        QVERIFY(apiKeyValue->isVisible());
        QVERIFY(!clientId->isVisible());
        QTest::keyClicks(apiKeyValue, QStringLiteral("sk-123"));
        QCOMPARE(apiKeyValue->echoMode(), QLineEdit::Password);
        QCOMPARE(m_model->config().apiKeyValue, QStringLiteral("sk-123"));

        auto *header = child<QComboBox>(m_form, "apiKeyHeaderCombo");
        QTest::keyClicks(header->lineEdit(), QStringLiteral("X-Key"));
        QCOMPARE(m_model->config().apiKeyHeader, QStringLiteral("X-Key"));

        QTest::keyClick(combo, Qt::Key_Up); // API key -> None
        QCOMPARE(m_model->authenticationType(), AuthenticationType::None);
        QVERIFY(!apiKeyValue->isVisible());
    }

    // The credentials are a group named "Credentials" to a screen reader, as the group box they
    // were in was, and the fields are inside it.
    // Tab goes through the page in reading order, for each authentication type: the widgets
    // made first (the members) once came first, skipping the endpoint's successors.
    void tabFollowsTheReadingOrder()
    {
        const auto visited = [this](int authIndex) {
            child<QComboBox>(m_form, "authTypeCombo")->setCurrentIndex(authIndex);
            auto *endpoint = child<QLineEdit>(m_form, "endpointEdit");
            endpoint->setFocus(Qt::TabFocusReason);
            QStringList names;
            for (int i = 0; i < 7; ++i) { // Tab after each, the last included
                QWidget *focused = QApplication::focusWidget();
                // An editable combo box's line edit stands for the combo box.
                if (qobject_cast<QComboBox *>(focused->parentWidget()))
                    focused = focused->parentWidget();
                names << focused->objectName();
                QTest::keyClick(focused, Qt::Key_Tab);
            }
            return names;
        };
        QCOMPARE(visited(2),
                 (QStringList{"endpointEdit", "authTypeCombo", "tokenUrlEdit", "scopeEdit",
                              "clientIdEdit", "clientSecretEdit", "rawTokenCheck"}));
        // And on, out of the page; and back.
        QVERIFY(
            !child<QWidget>(m_form, "credentialsPanel")->isAncestorOf(QApplication::focusWidget()));
        child<QLineEdit>(m_form, "tokenUrlEdit")->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("authTypeCombo"));
        QCOMPARE(visited(1).mid(0, 4), (QStringList{"endpointEdit", "authTypeCombo",
                                                    "apiKeyHeaderCombo", "apiKeyValueEdit"}));
    }

    // The API-key page is built when first chosen, after the rest of the window: its fields
    // still follow the authentication type, not whatever the window has after the form.
    void aPageBuiltLateTabsInPlace()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        IntegrationModel model;
        auto *form = new IntegrationForm(&model, &window);
        layout->addWidget(form);
        auto *after = new QLineEdit(&window);
        after->setObjectName(QStringLiteral("afterTheForm"));
        layout->addWidget(after);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        model.setAuthenticationType(AuthenticationType::ApiKey);
        auto *authType = child<QComboBox>(form, "authTypeCombo");
        authType->setFocus(Qt::TabFocusReason);
        QStringList names;
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            if (qobject_cast<QComboBox *>(focused->parentWidget()))
                focused = focused->parentWidget();
            names << focused->objectName();
        }
        QCOMPARE(names, (QStringList{"apiKeyHeaderCombo", "apiKeyValueEdit", "afterTheForm"}));
    }

    // Every page of the form, with its optional parts on and a row in each table: Tab goes in
    // reading order, and a scroll area is no Tab stop of its own.
    void everyPageTabsInReadingOrder()
    {
        m_model->setText(FieldId::Endpoint, QStringLiteral("https://gw.example/v1"));
        m_model->models()->insertRows(0, 1);
        m_model->headers()->insertRows(0, 1);
        m_model->setCustomLlmEnabled(true);
        m_model->setMultiModalEnabled(true);
        auto *tabs = child<QTabWidget>(m_form, "formTabs");
        for (int authIndex = 0; authIndex < 3; ++authIndex) {
            child<QComboBox>(m_form, "authTypeCombo")->setCurrentIndex(authIndex);
            for (int page = 0; page < tabs->count(); ++page) {
                tabs->setCurrentIndex(page);
                QWidget *shown = tabs->currentWidget();
                QTRY_VERIFY(shown->isVisible());
                // Once laid out as shown.
                QTRY_VERIFY2(TestSupport::tabOrderProblems(shown).isEmpty(),
                             qPrintable(TestSupport::tabOrderProblems(shown).join(u'\n')));
                for (auto *area : shown->findChildren<QAbstractScrollArea *>()) {
                    if (qobject_cast<QScrollArea *>(area))
                        QCOMPARE(area->focusPolicy(), Qt::NoFocus);
                }
            }
        }
    }

    // A body opened with a long model name shows the name whole; a short one keeps the
    // column's usual width.
    void openedModelNamesFitTheirColumn()
    {
        const QString longName = QStringLiteral("llama-3-70b-instruct-very-long-deployment-name");
        IntegrationConfig config;
        config.modelProperties << ModelProperty{longName, {}, {}, std::nullopt};
        m_model->setConfig(config);
        auto *tabs = child<QTabWidget>(m_form, "formTabs");
        tabs->setCurrentIndex(1);
        auto *view = child<QTableView>(m_form, "modelsTable");
        QTRY_VERIFY(view->isVisible());
        QVERIFY(view->columnWidth(0) > view->fontMetrics().horizontalAdvance(longName));
        config.modelProperties = {ModelProperty{QStringLiteral("m"), {}, {}, std::nullopt}};
        m_model->setConfig(config);
        QCOMPARE(view->columnWidth(0), 180);
    }

    // A limit of 0 from a file is shown as 0 beside its error, not as "No limit", which is what
    // leaving it empty means; edited, 0 reads "No limit" again.
    void anInvalidLimitIsShownAsItIs()
    {
        IntegrationConfig config;
        config.multiModal.enabled = true;
        config.multiModal.maxFiles = 0;
        config.multiModal.maxFileSizeBytes = 0;
        m_model->setConfig(config);
        child<QTabWidget>(m_form, "formTabs")->setCurrentIndex(3);
        auto *files = child<QSpinBox>(m_form, "maxFilesSpin");
        auto *size = child<QSpinBox>(m_form, "maxFileSizeSpin");
        QTRY_VERIFY(files->isVisible());
        QCOMPARE(files->text(), QStringLiteral("0"));
        QCOMPARE(size->text(), QStringLiteral("0"));
        // Stepped up and back down by the user: 0 is "no limit" again.
        files->setFocus();
        QTest::keyClick(files, Qt::Key_Up);
        QCOMPARE(m_model->limit(FieldId::MultiModalMaxFiles), std::optional<qint64>(1));
        QTest::keyClick(files, Qt::Key_Down);
        QCOMPARE(files->text(), QStringLiteral("No limit"));
        QCOMPARE(m_model->limit(FieldId::MultiModalMaxFiles), std::nullopt);
    }

    void credentialsAreAGroupToAssistiveTechnology()
    {
        auto *panel = child<QWidget>(m_form, "credentialsPanel");
        QAccessibleInterface *group = QAccessible::queryAccessibleInterface(panel);
        QVERIFY(group);
        QCOMPARE(group->role(), QAccessible::Grouping);
        QCOMPARE(group->text(QAccessible::Name), QStringLiteral("Credentials"));
        QAccessibleInterface *field =
            QAccessible::queryAccessibleInterface(child<QLineEdit>(m_form, "tokenUrlEdit"));
        bool inside = false;
        for (QAccessibleInterface *up = field->parent(); up && !inside; up = up->parent())
            inside = up->object() == panel;
        QVERIFY(inside);
    }

    // The credentials panel is as tall as what the authentication type needs: no empty band
    // under None's one line, where it used to keep the OAuth2 fields' height.
    void credentialsPanelFitsTheAuthenticationType()
    {
        auto *panel = child<QWidget>(m_form, "credentialsPanel");
        const int oauthHeight = panel->height();
        m_model->setAuthenticationType(AuthenticationType::None);
        const int oneLine = panel->fontMetrics().lineSpacing();
        QTRY_VERIFY2(panel->height() < 4 * oneLine, qPrintable(QString::number(panel->height())));
        m_model->setAuthenticationType(AuthenticationType::ApiKey);
        QTRY_VERIFY(panel->height() > 4 * oneLine);
        QTRY_VERIFY(panel->height() < oauthHeight);
        m_model->setAuthenticationType(AuthenticationType::OAuth2);
        QTRY_COMPARE(panel->height(), oauthHeight);
    }

    // A change of authentication type made while typing in its fields (a profile opened, say)
    // leaves the cursor in the fields shown, not somewhere after them.
    void focusFollowsTheCredentialsShown()
    {
        m_model->setAuthenticationType(AuthenticationType::ApiKey);
        auto *key = child<QLineEdit>(m_form, "apiKeyValueEdit");
        key->setFocus();
        QTRY_VERIFY(key->hasFocus());
        m_model->setAuthenticationType(AuthenticationType::OAuth2);
        QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(m_form, "tokenUrlEdit"));
    }

    void clientCredentialsComposeTheToken()
    {
        auto *clientId = child<QLineEdit>(m_form, "clientIdEdit");
        auto *secret = child<QLineEdit>(m_form, "clientSecretEdit");
        QTest::keyClicks(clientId, QStringLiteral("galileo"));
        QTest::keyClicks(secret, QStringLiteral("s3cret"));
        const auto credentials = ClientCredentials::fromToken(m_model->config().token);
        QVERIFY(credentials);
        QCOMPARE(credentials->clientId, QStringLiteral("galileo"));
        QCOMPARE(credentials->clientSecret, QStringLiteral("s3cret"));

        // Another shape of token switches to raw editing and survives untouched.
        m_model->setText(FieldId::Token, QStringLiteral("{\"assertion\":\"jwt\"}"));
        auto *raw = child<QCheckBox>(m_form, "rawTokenCheck");
        QVERIFY(raw->isChecked());
        QCOMPARE(child<QLineEdit>(m_form, "rawTokenEdit")->text(),
                 QStringLiteral("{\"assertion\":\"jwt\"}"));
        raw->click(); // cannot leave raw mode without losing the token
        QVERIFY(raw->isChecked());
        QCOMPARE(m_model->config().token, QStringLiteral("{\"assertion\":\"jwt\"}"));
    }

    void editModelsTable()
    {
        m_form->buildAllPages();
        m_form->tabs()->setCurrentIndex(1);
        RowTableEditor *editor = m_form->modelsPage()->table();
        QTableView *view = editor->view();
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        // Add starts editing the new row's name.
        QWidget *nameEditor = cellEditor(view);
        QVERIFY(nameEditor);
        QTest::keyClicks(nameEditor, QStringLiteral("llama-3"));
        QTest::keyClick(nameEditor, Qt::Key_Return);
        // The delegate commits on Return through a queued call.
        QTRY_COMPARE(m_model->config().modelNames(), QStringList{QStringLiteral("llama-3")});

        // Type into the alias cell.
        view->setCurrentIndex(view->model()->index(0, ModelPropertiesTable::AliasColumn));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        QVERIFY(cellEditor(view));
        QTest::keyClicks(cellEditor(view), QStringLiteral("Llama 3"));
        QTest::keyClick(cellEditor(view), Qt::Key_Return);
        QTRY_COMPARE(m_model->config().modelProperties.first().alias, QStringLiteral("Llama 3"));

        // Tick two supported parameters in the check list.
        view->setCurrentIndex(
            view->model()->index(0, ModelPropertiesTable::SupportedParametersColumn));
        QTest::keyClick(view, Qt::Key_F2);
        auto *list = view->findChild<QListWidget *>(QStringLiteral("parametersEditor"));
        QVERIFY(list);
        list->item(1)->setCheckState(Qt::Checked);
        list->item(2)->setCheckState(Qt::Checked);
        QTest::keyClick(list, Qt::Key_Tab); // commit
        QTRY_COMPARE(m_model->config().modelProperties.first().supportedParameters,
                     std::optional<QStringList>(QStringList({"temperature", "max_tokens"})));
        // ... which disables based_on in that row.
        QVERIFY(
            !(view->model()->flags(view->model()->index(0, ModelPropertiesTable::BasedOnColumn)) &
              Qt::ItemIsEnabled));

        // Paste many names at once; the default model combo follows the table.
        QCOMPARE(m_form->modelsPage()->addNames(QStringLiteral("a\nb\r\n\nllama-3\nc")), 3);
        auto *defaultModel = child<QComboBox>(m_form, "defaultModelCombo");
        QCOMPARE(defaultModel->count(), 5); // "(the first model)" + 4 names
        defaultModel->setFocus();
        QTest::keyClick(defaultModel, Qt::Key_Down);
        QCOMPARE(m_model->config().defaultModel, QStringLiteral("llama-3"));

        // Reorder with the keyboard.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(3, 0));
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(m_model->config().modelNames(), QStringList({"llama-3", "a", "c", "b"}));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(m_model->config().modelNames(), QStringList({"llama-3", "a", "b"}));
    }

    // Issue 13 (start-up): a page is built when first shown, and then shows what is known.
    void pagesAreBuiltWhenFirstShown()
    {
        QVERIFY(m_form->findChild<QLineEdit *>(QStringLiteral("endpointEdit")));
        QVERIFY(!m_form->findChild<QTableView *>(QStringLiteral("modelsTable")));
        QVERIFY(!m_form->findChild<QGroupBox *>(QStringLiteral("customLlmGroup")));
        m_model->setConfig(
            IntegrationJson::read(TestSupport::readData(QStringLiteral("full.json"))).config);
        const ValidationIssue alias =
            ValidationIssue::error({"body", "model_properties", 1, "alias"}, QStringLiteral("x"),
                                   QStringLiteral("bad alias"));
        m_form->showIssues({IssueBoard::Entry{alias, IssueBoard::Origin::Server, false}});
        m_form->tabs()->setCurrentIndex(1);
        auto *table = m_form->findChild<QTableView *>(QStringLiteral("modelsTable"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), m_model->models()->rowCount());
        QCOMPARE(table->model()
                     ->index(1, ModelPropertiesTable::AliasColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("bad alias"));
        // Alt+4 builds and shows the last page with the model's values.
        QTest::keyClick(m_form, Qt::Key_4, Qt::AltModifier);
        QCOMPARE(m_form->tabs()->currentIndex(), 3);
        QVERIFY(child<QGroupBox>(m_form, "customLlmGroup")->isChecked());
    }

    // Issue 13: an error appearing or going never moves the controls below it.
    void errorsDoNotMoveControls()
    {
        QWidget *authType = child<QComboBox>(m_form, "authTypeCombo");
        m_model->setAuthenticationType(AuthenticationType::ApiKey);
        QWidget *apiKeyHeader = child<QComboBox>(m_form, "apiKeyHeaderCombo");
        QApplication::processEvents();
        const auto positions = [&] {
            QApplication::processEvents();
            return QList<QPoint>{authType->mapTo(m_form, QPoint()),
                                 apiKeyHeader->mapTo(m_form, QPoint())};
        };
        const QList<QPoint> before = positions();
        const auto located = [this](const QJsonArray &loc, const QString &message) {
            const ValidationIssue issue = ValidationIssue::error(loc, QStringLiteral("x"), message);
            return IssueBoard::Entry{issue, IssueBoard::Origin::Local, false};
        };
        // One error, then several long ones that would wrap, then none.
        m_form->showIssues({located({"body", "endpoint"}, QStringLiteral("needs a scheme"))});
        QCOMPARE(positions(), before);
        const QString longMessage = QString(400, QLatin1Char('x'));
        m_form->showIssues({located({"body", "endpoint"}, longMessage),
                            located({"body", "endpoint"}, longMessage),
                            located({"body", "authentication_type"}, longMessage)});
        QCOMPARE(positions(), before);
        auto *line = m_form->findChild<MessageLine *>(QStringLiteral("endpointMessage"));
        QVERIFY(line->text().size() < line->message().size()); // elided, whole in the tooltip
        QVERIFY(line->toolTip().contains(longMessage));
        m_form->showIssues({});
        QCOMPARE(positions(), before);
    }

    // Several messages on one line are separated by a bullet, not by Latin-1 mojibake.
    void messagesShareTheLineWithABullet()
    {
        const auto issue = [](const QString &message) {
            return IssueBoard::Entry{ValidationIssue::error({"body", "endpoint"},
                                                            QStringLiteral("value_error"), message),
                                     IssueBoard::Origin::Local, false};
        };
        m_form->showIssues({issue(QStringLiteral("first")), issue(QStringLiteral("second"))});
        auto *line = m_form->findChild<MessageLine *>(QStringLiteral("endpointMessage"));
        QVERIFY2(line->text().contains(QStringLiteral("first \u2022 second")),
                 qPrintable(line->text()));
        m_form->showIssues({});
    }

    // The API-key page is built when first chosen: an issue shown before is on its field then,
    // and going to such an issue builds the page.
    void anApiKeyIssueShownBeforeItsPageIsBuiltIsOnTheField()
    {
        QVERIFY(!m_form->findChild<QWidget *>(QStringLiteral("apiKeyHeaderCombo")));
        const ValidationIssue issue =
            ValidationIssue::error({"body", "api_key_header"}, QStringLiteral("value_error"),
                                   QStringLiteral("not a header name"));
        m_form->showIssues({IssueBoard::Entry{issue, IssueBoard::Origin::Server, false}});
        QVERIFY(m_form->focusIssue(issue));
        auto *line = m_form->findChild<MessageLine *>(QStringLiteral("api_key_headerMessage"));
        QVERIFY(line);
        QVERIFY2(line->message().contains(QStringLiteral("not a header name")),
                 qPrintable(line->message()));
        m_model->setAuthenticationType(AuthenticationType::ApiKey);
        QTRY_VERIFY(line->isVisible());
        m_form->showIssues({});
        QVERIFY(line->message().isEmpty());
    }

    // Issue 13: what an issue marked "to fill in" looks like on the form: nothing yet.
    void toFillInIsNotMarkedOnTheField()
    {
        const ValidationIssue missing = ValidationIssue::error(
            {"body", "endpoint"}, QStringLiteral("value_error.missing"), QStringLiteral("req"));
        m_form->showIssues({IssueBoard::Entry{missing, IssueBoard::Origin::Local, true}});
        auto *line = m_form->findChild<MessageLine *>(QStringLiteral("endpointMessage"));
        QVERIFY(line->message().isEmpty());
        m_form->showIssues({IssueBoard::Entry{missing, IssueBoard::Origin::Local, false}});
        QCOMPARE(line->message(), QStringLiteral("req"));
    }

    // Issue 13: empty tables say how to fill them.
    void emptyTablesSayWhatToDo()
    {
        m_form->tabs()->setCurrentIndex(1);
        auto *models = child<QLabel>(m_form, "modelsEmptyText");
        QVERIFY(models->isVisible());
        for (const char *what : {"Add", "Add several", "Test endpoint"})
            QVERIFY2(models->text().contains(QLatin1String(what)), what);
        QVERIFY(models->geometry().width() > 100);
        m_model->models()->insertRows(0, 1);
        QVERIFY(!models->isVisible());
        m_model->models()->removeRows(0, 1);
        QVERIFY(models->isVisible());

        m_form->tabs()->setCurrentIndex(2);
        auto *headers = child<QLabel>(m_form, "headersEmptyText");
        QVERIFY(headers->isVisible());
        QVERIFY(headers->text().contains(QLatin1String("Add")));
        m_model->headers()->setRows({{QStringLiteral("X-Tenant"), QStringLiteral("acme")}});
        QVERIFY(!headers->isVisible());
    }

    void headersTableCountsAndMasks()
    {
        m_form->tabs()->setCurrentIndex(2);
        RowTableEditor *editor = m_form->headersPage()->table();
        auto *count = child<QLabel>(m_form, "headersCountLabel");
        QCOMPARE(count->text(), QStringLiteral("0 / 50"));
        m_model->headers()->setRows({{QStringLiteral("X-Tenant"), QStringLiteral("acme")}});
        QCOMPARE(count->text(), QStringLiteral("1 / 50"));
        const QModelIndex value = editor->view()->model()->index(0, HeadersTable::ValueColumn);
        QVERIFY(!value.data().toString().contains(QLatin1String("acme")));
        child<QCheckBox>(m_form, "revealHeadersCheck")->click();
        QCOMPARE(value.data().toString(), QStringLiteral("acme"));
    }

    void optionalGroupsAndUnits()
    {
        m_form->tabs()->setCurrentIndex(3);
        auto *multi = child<QGroupBox>(m_form, "multiModalGroup");
        QVERIFY(!multi->isChecked());
        multi->setChecked(true);
        QVERIFY(m_model->multiModalEnabled());
        auto *size = child<QSpinBox>(m_form, "maxFileSizeSpin");
        auto *unit = child<QComboBox>(m_form, "sizeUnitCombo");
        unit->setCurrentIndex(2); // MB
        size->setValue(5);
        QCOMPARE(m_model->config().multiModal.maxFileSizeBytes, std::optional<qint64>(5242880));
        // Loading bytes shows them in the largest exact unit.
        IntegrationConfig config;
        config.multiModal.enabled = true;
        config.multiModal.maxFileSizeBytes = 3 * 1024;
        m_model->setConfig(config);
        QCOMPARE(size->value(), 3);
        QCOMPARE(unit->currentIndex(), 1);

        auto *custom = child<QGroupBox>(m_form, "customLlmGroup");
        custom->setChecked(true);
        auto *kwargs = child<QPlainTextEdit>(m_form, "initKwargsEdit");
        QTest::keyClicks(kwargs, QStringLiteral("{\"timeout\": "));
        QCOMPARE(m_form->formIssues().size(), 1);
        QVERIFY(m_form->formIssues().first().message.contains(QLatin1String("line 1")));
        QTest::keyClicks(kwargs, QStringLiteral("60}"));
        QVERIFY(m_form->formIssues().isEmpty());
        QCOMPARE(m_model->initKwargs(), std::optional<QJsonObject>(QJsonObject{{"timeout", 60}}));
    }

    // init_kwargs is a secret as a whole (issue 10): its values are masked until asked for.
    void initKwargsValuesAreMaskedUntilShown()
    {
        m_form->buildAllPages();
        IntegrationConfig config;
        config.endpoint = QStringLiteral("https://gw.example/v1");
        config.customLlm.enabled = true;
        config.customLlm.initKwargs = QJsonObject{{"api_key", "KW-SECRET-5"}, {"retries", 3}};
        m_model->setConfig(config);
        auto *kwargs = child<QPlainTextEdit>(m_form, "initKwargsEdit");
        auto *reveal = child<QCheckBox>(m_form, "initKwargsRevealCheck");
        QVERIFY(!kwargs->toPlainText().contains(QLatin1String("KW-SECRET-5")));
        QVERIFY(kwargs->toPlainText().contains(QLatin1String("api_key")));
        QVERIFY(kwargs->isReadOnly());
        QCOMPARE(m_model->initKwargs(), config.customLlm.initKwargs); // showing changes nothing
        reveal->click();
        QVERIFY(kwargs->toPlainText().contains(QLatin1String("KW-SECRET-5")));
        QVERIFY(!kwargs->isReadOnly());
        m_model->setConfig(config); // another body: masked again
        QVERIFY(!reveal->isChecked());
        QVERIFY(!kwargs->toPlainText().contains(QLatin1String("KW-SECRET-5")));
    }

    // An unknown field named as a credential is a secret too: masked until asked for.
    void otherCredentialFieldsAreMaskedUntilShown()
    {
        m_form->buildAllPages();
        IntegrationConfig config;
        config.endpoint = QStringLiteral("https://gw.example/v1");
        config.extra = QJsonObject{{"gateway_api_key", "GW-SECRET-8"}, {"region", "eu"}};
        m_model->setConfig(config);
        auto *other = child<QPlainTextEdit>(m_form, "otherFieldsEdit");
        auto *reveal = child<QCheckBox>(m_form, "otherFieldsRevealCheck");
        QVERIFY(!other->toPlainText().contains(QLatin1String("GW-SECRET-8")));
        QVERIFY(other->toPlainText().contains(QLatin1String("gateway_api_key")));
        QVERIFY(other->toPlainText().contains(QLatin1String("\"eu\"")));
        QVERIFY(other->isReadOnly());
        QVERIFY(!reveal->isHidden());
        QCOMPARE(m_model->extraFields(), config.extra); // showing changes nothing
        reveal->click();
        QVERIFY(other->toPlainText().contains(QLatin1String("GW-SECRET-8")));
        QVERIFY(!other->isReadOnly());
        m_model->setConfig(config); // another body: masked again
        QVERIFY(!reveal->isChecked());
        QVERIFY(!other->toPlainText().contains(QLatin1String("GW-SECRET-8")));
        config.extra = QJsonObject{{"region", "eu"}};
        m_model->setConfig(config); // nothing to mask: nothing to show
        QVERIFY(reveal->isHidden());
        QVERIFY(!other->isReadOnly());
    }

    void mappingFieldsBind()
    {
        m_form->buildAllPages();
        auto *jobId = child<QLineEdit>(m_form, "job_idEdit");
        QTest::keyClicks(jobId, QStringLiteral("X-Job"));
        QCOMPARE(m_model->config().headerMapping.jobId, QStringLiteral("X-Job"));
    }

    void loadingFillsEveryWidget()
    {
        m_form->buildAllPages();
        m_model->setConfig(
            IntegrationJson::read(TestSupport::readData(QStringLiteral("full.json"))).config);
        QCOMPARE(child<QLineEdit>(m_form, "endpointEdit")->text(),
                 QStringLiteral("https://gateway.example.org/v1"));
        QCOMPARE(child<QLineEdit>(m_form, "tokenUrlEdit")->text(),
                 QStringLiteral("https://gateway.example.org/oauth2/token"));
        QCOMPARE(child<QLineEdit>(m_form, "scopeEdit")->text(), QStringLiteral("llm.invoke"));
        QCOMPARE(child<QLineEdit>(m_form, "clientIdEdit")->text(), QStringLiteral("galileo"));
        QCOMPARE(child<QLineEdit>(m_form, "clientSecretEdit")->text(),
                 QStringLiteral("s3cr3t-value"));
        QCOMPARE(child<QComboBox>(m_form, "defaultModelCombo")->currentData().toString(),
                 QStringLiteral("gpt-proxy"));
        QCOMPARE(child<QLineEdit>(m_form, "run_idEdit")->text(), QStringLiteral("X-Run"));
        QCOMPARE(child<QLineEdit>(m_form, "fileNameEdit")->text(), QStringLiteral("handler.py"));
        QCOMPARE(child<QLineEdit>(m_form, "classNameEdit")->text(), QStringLiteral("Handler"));
        QVERIFY(child<QPlainTextEdit>(m_form, "initKwargsEdit")->toPlainText().contains("retries"));
        QVERIFY(!child<QPlainTextEdit>(m_form, "initKwargsEdit")->toPlainText().contains("2.5"));
        QVERIFY(child<QGroupBox>(m_form, "customLlmGroup")->isChecked());
        QCOMPARE(child<QSpinBox>(m_form, "maxFilesSpin")->value(), 4);
        QCOMPARE(child<QSpinBox>(m_form, "maxFileSizeSpin")->value(), 10);
        QCOMPARE(child<QComboBox>(m_form, "sizeUnitCombo")->currentText(), QStringLiteral("MB"));
        QCOMPARE(m_form->modelsPage()->table()->view()->model()->rowCount(), 3);
        QCOMPARE(m_form->headersPage()->table()->view()->model()->rowCount(), 3);
        // The form writes back exactly what it was given.
        QCOMPARE(m_model->config(),
                 IntegrationJson::read(TestSupport::readData(QStringLiteral("full.json"))).config);
    }

    void issuesMarkFieldsAndCells()
    {
        m_model->setConfig(
            IntegrationJson::read(TestSupport::readData(QStringLiteral("full.json"))).config);
        // A 422 as Galileo sends it: a field, a model cell, a header and a whole-body item.
        const ValidationIssues server = ValidationIssue::fromDetail(QJsonArray{
            QJsonObject{
                {"loc", QJsonArray{"body", "endpoint"}}, {"msg", "bad endpoint"}, {"type", "x"}},
            QJsonObject{{"loc", QJsonArray{"body", "model_properties", 2, "alias"}},
                        {"msg", "bad alias"},
                        {"type", "x"}},
            QJsonObject{{"loc", QJsonArray{"body", "headers", "X-Route"}},
                        {"msg", "str type expected"},
                        {"type", "type_error.str"}},
            QJsonObject{{"loc", QJsonArray{"body", "__root__"}}, {"msg", "whole"}, {"type", "x"}}});
        QList<IssueBoard::Entry> entries;
        for (const ValidationIssue &issue : server)
            entries << IssueBoard::Entry{issue, IssueBoard::Origin::Server};
        m_form->showIssues(entries);

        auto *endpoint = child<QLineEdit>(m_form, "endpointEdit");
        QVERIFY(endpoint->toolTip().contains(QLatin1String("bad endpoint")));
        const QList<QLabel *> labels = m_form->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
            return label->isVisibleTo(label->window()) &&
                   label->text() == QLatin1String("Galileo: bad endpoint");
        }));

        QAbstractItemModel *models = m_form->modelsPage()->table()->view()->model();
        const QModelIndex alias = models->index(2, ModelPropertiesTable::AliasColumn);
        QCOMPARE(alias.data(Qt::ToolTipRole).toString(), QStringLiteral("bad alias"));
        QVERIFY(!alias.data(Qt::DecorationRole).isNull());
        QVERIFY(
            models->index(1, ModelPropertiesTable::AliasColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(
            models->index(2, ModelPropertiesTable::NameColumn).data(Qt::DecorationRole).isNull());

        QAbstractItemModel *headers = m_form->headersPage()->table()->view()->model();
        QCOMPARE(headers->index(1, HeadersTable::ValueColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("str type expected"));

        // Going to an issue switches to its page and focuses the cell.
        QVERIFY(m_form->focusIssue(server.at(1)));
        QCOMPARE(m_form->tabs()->currentIndex(), 1);
        QCOMPARE(m_form->modelsPage()->table()->view()->currentIndex().row(), 2);
        QCOMPARE(m_form->modelsPage()->table()->view()->currentIndex().column(),
                 int(ModelPropertiesTable::AliasColumn));
        QVERIFY(m_form->focusIssue(server.at(0)));
        QCOMPARE(m_form->tabs()->currentIndex(), 0);
        QTRY_COMPARE(QApplication::focusWidget(), endpoint);
        QVERIFY(!m_form->focusIssue(server.at(3)));

        // Clearing the issues clears the marks.
        m_form->showIssues({});
        QVERIFY(alias.data(Qt::DecorationRole).isNull());
        QCOMPARE(endpoint->toolTip(), FieldCatalog::help(FieldId::Endpoint));
    }

    void everyFieldHasALabelAndHelp()
    {
        m_form->buildAllPages();
        // Every input a user can reach has an accessible name and a tooltip.
        for (QWidget *widget : m_form->findChildren<QWidget *>()) {
            if (!widget->focusPolicy() || !widget->inherits("QLineEdit"))
                continue;
            if (widget->parent() && (widget->parent()->inherits("QComboBox") ||
                                     widget->parent()->inherits("QAbstractSpinBox")))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(widget->objectName()));
        }
    }
};

QTEST_MAIN(tst_IntegrationForm)
#include "tst_integrationform.moc"
