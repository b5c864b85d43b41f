#pragma once

#include "core/strategy.h"

#include <QByteArray>

namespace pml {

// The strategy file format of docs/data-format.md. Parsing validates every rule and
// throws pml::Error naming the problem (with line/column for malformed JSON) and the
// file `source`, when given.
Strategy parseStrategyJson(const QByteArray& json, const QString& source = {});
QByteArray strategyToJson(const Strategy& strategy);

// The strategy compiled into the program (Qt resource :/pml/strategy/estrategia-pml.json).
Strategy bundledStrategy();

} // namespace pml
