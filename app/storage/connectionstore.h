#pragma once

#include "api/connectionsettings.h"

// The user's own connection settings, without secrets: what the window last used. The command
// line falls back to them where a file or an imported profile brings no connection it trusts.
namespace ConnectionStore {

ConnectionSettings load();
void save(const ConnectionSettings &settings);

} // namespace ConnectionStore
