import FilingModel

/// Values the device templates need beyond the section's own fields (docs/binder-templates.md,
/// "Device section").
extension BinderValues {
    /// `device` with derived values added: `scope.summary`, each staff member's `age_on_date`, the storage
    /// ranges' `label`s and `zone_labels`.
    func deviceValues(plain: [String: Any], device: DeviceBusiness) -> [String: Any] {
        var values = plain
        if var scope = values["scope"] as? [String: Any] {
            scope["summary"] = device.scope.chineseSummary
            scope["includes_ivd"] = device.scope.includesIVDReagents
            values["scope"] = scope
        }
        if let rows = values["technical_staff"] as? [[String: Any]], rows.count == device.technicalStaff.count {
            values["technical_staff"] = zip(rows, device.technicalStaff).map { row, member in
                var row = row
                if let age = member.age(on: date) { row["age_on_date"] = age }
                return row
            }
        }
        if var warehouse = values["warehouse"] as? [String: Any], let site = device.warehouse {
            warehouse["zone_labels"] = site.zones.map(\.kind.chineseLabel).joined(separator: "、")
            if var storage = warehouse["storage"] as? [String: Any], let conditions = site.storage {
                storage["humidity_label"] = conditions.humidity.label
                if let temperature = conditions.temperature { storage["temperature_label"] = temperature.label }
                warehouse["storage"] = storage
            }
            values["warehouse"] = warehouse
        }
        return values
    }
}
