#pragma once

#include <QMetaType>
#include <QString>

namespace pml {

// Names one item of the strategy tree, so views can ask the window to show it.
struct ItemRef {
    enum class Kind { None, Strategy, Line, BarrierGroup, Objective, Activity };
    Kind kind = Kind::None;
    int number = 0; // line or objective number
    QString code;   // barrier group or activity code

    static ItemRef strategy() { return {Kind::Strategy, 0, {}}; }
    static ItemRef line(int n) { return {Kind::Line, n, {}}; }
    static ItemRef barrierGroup(const QString& c) { return {Kind::BarrierGroup, 0, c}; }
    static ItemRef objective(int n) { return {Kind::Objective, n, {}}; }
    static ItemRef activity(const QString& c) { return {Kind::Activity, 0, c}; }
    bool isValid() const { return kind != Kind::None; }
    bool operator==(const ItemRef&) const = default;
};

} // namespace pml

Q_DECLARE_METATYPE(pml::ItemRef)
