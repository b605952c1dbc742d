#pragma once

#include <QStringList>

class QTextStream;

// The command-line front of the app: `galileo-integrations COMMAND ...`. Runs in-process on a
// QCoreApplication, so tests call it directly with captured streams.
namespace CommandLine {

// Exit codes, kept stable for scripts.
enum ExitCode {
    Success = 0,
    Invalid = 1,       // invalid locally or refused by the server (422)
    UsageError = 2,    // usage error, unreadable file or malformed JSON
    Refused = 3,       // Galileo refused the credentials or the permission (401, 403)
    Unreachable = 4,   // network, TLS, timeout or server error
    KeychainError = 5, // the keychain cannot store or read the secrets
    PlanChanges = 6,   // plan: applying would change something (or a secret cannot be compared)
};

// Whether these process arguments ask for the command line rather than the window
// (which takes no arguments but Qt's own, or one JSON file to open).
bool isCommandLine(const QStringList &arguments);

// Runs a command; `arguments` are the process arguments including the program name.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace CommandLine
