#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTextStream>

#include "cli/commandline.h"
#include <QtTest>

// Small helpers shared by the tests.
namespace TestSupport {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(GALILEO_TEST_DATA "/") + name;
}

inline QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

// What a command-line run printed and returned.
struct CliRun
{
    int code;
    QString out;
    QString err;
};

// Runs `galileo-integrations ARGUMENTS...` in this process, capturing both streams.
inline CliRun runCommandLine(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = CommandLine::run(
        QStringList{QStringLiteral("galileo-integrations")} + arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

// moc cannot parse \" inside a raw string literal, so test bodies write it as ~.
inline QByteArray unescapeTilde(const char *json)
{
    return QByteArray(json).replace('~', "\\\"");
}

// Every file under the places an app may write to (config, data, cache, state, home) that
// contains `needle`. The keyring's own files are encrypted, so a secret found anywhere is a leak.
inline QStringList filesContaining(const QByteArray &needle)
{
    QStringList roots = {QDir::homePath(),
                         QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                         QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                         QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                         qEnvironmentVariable("XDG_STATE_HOME", QDir::homePath())};
    roots.removeDuplicates();
    QStringList found;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found << file.fileName();
        }
    }
    found.removeDuplicates();
    return found;
}

// The keychain tests need the session .ci/test-all sets up (an unlocked gnome-keyring on a
// private D-Bus). Outside it they skip; in CI they fail instead, so that a broken session shows.
inline bool haveSecretService(QString *why)
{
    QProcess probe;
    probe.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("server"),
                                                QStringLiteral("galileo-probe")});
    if (!probe.waitForFinished(10000) || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        *why = QStringLiteral("no Secret Service in this session; run the tests with .ci/test-all");
        return false;
    }
    return true;
}

// All of the app's keychain entries, with their values, as the Secret Service reports them.
// secret-tool stops with an error when an entry it is listing goes meanwhile (suites run side
// by side and remove theirs), leaving the rest out: such a listing is taken again.
inline QString keychainDump()
{
    QString listing;
    for (int attempt = 0; attempt < 10; ++attempt) {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    QStringLiteral("galileo-integrations")});
        tool.waitForFinished(30000);
        listing = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
        if (tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0)
            break;
    }
    return listing;
}

// What would make printed text more than plain lines: the first control or format character
// other than a line break (an escape sequence, a carriage return, a bidirectional override),
// described with the text; empty when there is none.
inline QString unprintable(const QString &printed)
{
    for (const QChar c : printed) {
        if (c != QLatin1Char('\n') &&
            (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format))
            return QStringLiteral("U+%1 in: %2")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                .arg(printed);
    }
    return {};
}

// The value of one of this app's keychain entries (empty when there is none): a lookup, so that
// entries other suites write beside this one at the same time do not matter.
inline QString keychainValue(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"),
                QStringLiteral("galileo-integrations"), QStringLiteral("user"), key});
    tool.waitForFinished(30000);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace TestSupport

#define REQUIRE_SECRET_SERVICE()                                                                   \
    do {                                                                                           \
        QString why;                                                                               \
        if (!TestSupport::haveSecretService(&why)) {                                               \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL(qPrintable(why));                                                            \
            QSKIP(qPrintable(why));                                                                \
        }                                                                                          \
    } while (false)
