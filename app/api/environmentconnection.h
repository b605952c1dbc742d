#pragma once

#include "connectionsettings.h"

// Galileo's address and credentials from the environment, as the SDKs read them:
// GALILEO_API_URL, GALILEO_CONSOLE_URL, GALILEO_API_KEY, GALILEO_USERNAME, GALILEO_PASSWORD.
// The window and the command line both read them here.
namespace EnvironmentConnection {

enum class Precedence {
    // The environment's values replace the ones given (the command line over a profile).
    Environment,
    // The ones given stay; the environment fills in what is empty, secrets included (the
    // window's saved settings, a profile opened in the window).
    Settings,
};

struct Result
{
    bool hasCredentials = false;
    // The secrets taken from the environment: with Precedence::Settings, those it filled in
    // where none was given. They are the environment's, read again at each start: a profile
    // saved meanwhile does not keep them, or a key rotated in the environment would be
    // overridden by the copy.
    GalileoSecrets supplied;
    // A value that cannot be used (a control character inside a key, an unusable URL), naming
    // the variable, never its value; empty when all is well.
    QString problem;
};

Result read(Precedence precedence, ConnectionSettings *settings, GalileoSecrets *secrets);

// A value as it may come from a shell: a trailing newline (echo, a file) is trimmed. Returns
// false when what is left still holds a control character, which no header may carry.
bool cleanValue(QString *value);

} // namespace EnvironmentConnection
