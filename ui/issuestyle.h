#pragma once

#include "model/validationissue.h"

#include <QColor>
#include <QIcon>

class QPalette;

// How an issue's severity looks, readable on light and dark palettes alike.
namespace IssueStyle {

QIcon icon(ValidationIssue::Severity severity);
// For a step that passed.
QIcon okIcon();
QColor color(ValidationIssue::Severity severity, const QPalette &palette);
// A faint tint of the severity's color for a table cell's background.
QColor tint(ValidationIssue::Severity severity, const QPalette &palette);

} // namespace IssueStyle
