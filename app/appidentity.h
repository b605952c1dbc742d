#pragma once

// The names Qt derives folders from (profiles, settings), the same for the window and the
// command line so that both see the same profiles.
namespace AppIdentity {

void apply();

} // namespace AppIdentity
