#pragma once

#include <QStringList>

class QTextStream;

// The commands about a profile's past and Galileo's copy: `history` lists the applies recorded
// for a profile, `pull` saves a custom integration from Galileo into a profile. Arguments start
// with "galileo-integrations COMMAND".
namespace CommandLine {

int historyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int pullCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace CommandLine
