#include "model/fieldcatalog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolBar>
#include <QTranslator>
#include <QWidgetAction>

#include "../testsupport.h"
#include "mainwindow.h"
#include <QXmlStreamReader>
#include <QtTest>

// The German translation: complete in its source file, and working once compiled.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void sourceFileIsComplete()
    {
        QFile file(QStringLiteral(GALILEO_TS_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QVERIFY2(type.isEmpty(), qPrintable(type + QLatin1String(": ") + source));
                // A plural message has one <numerusform> per German form: each is checked.
                QStringList forms;
                while (xml.readNext() != QXmlStreamReader::EndElement ||
                       xml.name() != u"translation") {
                    if (xml.isCharacters() && forms.isEmpty())
                        forms << QString();
                    if (xml.isCharacters())
                        forms.last() += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        forms << QString();
                    if (xml.atEnd())
                        break;
                }
                if (forms.size() > 1 && forms.first().trimmed().isEmpty())
                    forms.removeFirst(); // the whitespace before the first numerusform
                QVERIFY2(!forms.isEmpty(), qPrintable(source));
                for (const QString &translation : std::as_const(forms)) {
                    QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(source));
                    QStringList wanted;
                    QStringList found;
                    for (const auto &match : placeholder.globalMatch(source))
                        wanted << match.captured();
                    for (const auto &match : placeholder.globalMatch(translation))
                        found << match.captured();
                    wanted.sort();
                    found.sort();
                    QVERIFY2(wanted == found,
                             qPrintable(source + QLatin1String(" -> ") + translation));
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 500);
    }

    void compiledTranslationWorks()
    {
        QTranslator app;
        QVERIFY(app.load(QStringLiteral(GALILEO_QM_FILE)));
        QVERIFY(QCoreApplication::installTranslator(&app));
        QCOMPARE(FieldCatalog::label(FieldId::Endpoint), QStringLiteral("Endpunkt-URL"));
        QCOMPARE(QCoreApplication::translate("IssueList", "Problems"), QStringLiteral("Probleme"));
        QCoreApplication::removeTranslator(&app);
        QCOMPARE(FieldCatalog::label(FieldId::Endpoint), QStringLiteral("Endpoint URL"));
    }

    // The command line's help is wrapped by hand: no line of it runs past 100 columns, in either
    // language (its exit codes once ran to 142).
    void theHelpFitsATerminalInEachLanguage()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(GALILEO_QM_FILE)));
        for (const bool inGerman : {false, true}) {
            if (inGerman)
                QVERIFY(QCoreApplication::installTranslator(&german));
            const TestSupport::CliRun help = TestSupport::runCommandLine({"--help"});
            QCOMPARE(help.code, 0);
            QCOMPARE(help.out.contains(u"Exit-Codes"), inGerman);
            for (const QString &line : help.out.split(u'\n'))
                QVERIFY2(line.size() <= 100, qPrintable(line));
        }
        QCoreApplication::removeTranslator(&german);
    }

    // In German, the tool bar shows every action at the window's default size, Submit included,
    // without the ellipsis of the menus' texts.
    void theGermanToolBarShowsEveryAction()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(GALILEO_QM_FILE)));
        QVERIFY(QCoreApplication::installTranslator(&german));
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
            QVERIFY(bar);
            for (QAction *action : bar->actions()) {
                if (action->isSeparator() || !action->isVisible() ||
                    qobject_cast<QWidgetAction *>(action))
                    continue;
                QWidget *button = bar->widgetForAction(action);
                QVERIFY2(button && button->isVisible(), qPrintable(action->text()));
                QVERIFY2(!action->iconText().endsWith(u'\u2026') &&
                             !action->iconText().contains(u'&'),
                         qPrintable(action->iconText()));
            }
            QVERIFY(
                bar->widgetForAction(window.findChild<QAction *>(QStringLiteral("submitAction")))
                    ->isVisible());
            window.markSaved();
        }
        QCoreApplication::removeTranslator(&german);
    }

    void qtsOwnTextsAreTranslatedToo()
    {
        QTranslator qt;
        QVERIFY(qt.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&qt);
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCoreApplication::removeTranslator(&qt);
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
