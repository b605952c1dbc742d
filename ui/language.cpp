#include "language.h"

#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace Language {

namespace {

const QLatin1String s_key("language");

QString nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

} // namespace

QString chosen()
{
    return QSettings().value(s_key).toString();
}

void choose(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(s_key);
    else
        QSettings().setValue(s_key, code);
}

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

void install()
{
    const QString code = chosen();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    // Qt's own texts (dialog buttons, ...) first, then the app's.
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto *app = new QTranslator(qApp);
    if (app->load(locale, QStringLiteral("galileo-integrations"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app);
    }
}

QMenu *createMenu(QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("Language", "&Language"), parent);
    auto *group = new QActionGroup(menu);
    const auto add = [menu, group, parent](const QString &text, const QString &code) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(chosen() == code);
        action->setObjectName(QStringLiteral("language_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, parent, [parent, code] {
            if (chosen() == code)
                return;
            choose(code);
            QMessageBox::information(
                parent, QCoreApplication::translate("Language", "Language"),
                QCoreApplication::translate("Language",
                                            "The language changes when the app starts next."));
        });
    };
    add(QCoreApplication::translate("Language", "System language"), QString());
    menu->addSeparator();
    for (const QString &code : available())
        add(nativeName(code), code);
    return menu;
}

} // namespace Language
