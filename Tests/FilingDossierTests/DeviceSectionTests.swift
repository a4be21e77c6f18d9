import FilingDossier
import FilingModel
import Foundation
import Testing

/// The optional `device` section: the device-trader sample loads with every part decoded and located,
/// and the schema's device rules report problems at the right field.
@Suite("Device section")
struct DeviceSectionTests {
    private func deviceTrader() throws -> LocatedDossier {
        try Fixtures.loader.load(contentsOf: Fixtures.sample("complete/device-trader"))
    }

    @Test func deviceTraderSampleDecodesEveryPart() throws {
        let located = try deviceTrader()
        let device = try #require(located.dossier.device)
        #expect(device.scope.classes == [.classII, .classIII])
        #expect(device.scope.categories.map(\.code) == ["6815", "6840", "6845", "6866"])
        #expect(device.scope.includesIVDReagents)
        #expect(device.premises.declaredUse == .office)
        #expect(device.premises.lease?.certificate?.validUntil == LocalDate(year: 2029, month: 5, day: 31))
        let warehouse = try #require(device.warehouse)
        // Site fields and warehouse fields share one mapping in the file.
        #expect(warehouse.site.address == "广州市天河区科韵路 16 号 1 楼 102 室")
        #expect(warehouse.site.heightMetres == 4.5)
        #expect(Set(WarehouseZoneKind.required).isSubset(of: Set(warehouse.zones.map(\.kind))))
        #expect(warehouse.storage?.humidity == ValueRange(min: 45, max: 75))
        #expect(warehouse.coldChain?.map(\.kind) == [.coldStore, .backupGenerator, .alarm])
        #expect(device.qualityManager.person.diploma?.level == .bachelor)
        #expect(device.qualityManager.onDuty && !device.qualityManager.employedElsewhere)
        #expect(device.technicalStaff.map(\.role) == [.technical, .technical, .maintenance])
        #expect(device.policies?.count == 10)
        #expect(device.applicationReport?.mainProducts.count == 4)
        #expect(device.change == nil)
    }

    @Test func deviceFieldsAreLocated() throws {
        let located = try deviceTrader()
        #expect(located.locations["device.premises.declared_use"]?.line == 184)
        #expect(located.locations["device.warehouse.storage.humidity.min"]?.line == 225)
        #expect(located.locations["device.warehouse.cold_chain[0]"]?.line == 234)
        // A field that is not written is located at its nearest written parent.
        #expect(located.location(of: "device.technical_staff[2].birth_date")?.line
            == located.locations["device.technical_staff[2]"]?.line)
    }

    @Test func informationServiceSamplesHaveNoDeviceSection() throws {
        for name in ["commercial", "non-commercial"] {
            let located = try Fixtures.loader.load(contentsOf: Fixtures.sample("complete/\(name)"))
            #expect(located.dossier.device == nil, "\(name)")
        }
    }

    @Test func residentialPremisesLoadAndAreLeftToTheRules() throws {
        let located = try Fixtures.loader.load(contentsOf: Fixtures.sample("broken/device-residential-premises"))
        #expect(located.dossier.device?.premises.declaredUse == .residential)
        #expect(located.locations["device.premises.declared_use"]?.line == 181)
    }

    @Test func starterDeviceBlockLoadsOnceUncommented() throws {
        let starter = try String(contentsOf: Fixtures.templates.appendingPathComponent("starter-dossier.yaml"), encoding: .utf8)
        let parts = starter.components(separatedBy: "# device:\n")
        #expect(parts.count == 2)
        let block = (parts.last ?? "").split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("# ") ? String(line.dropFirst(2)) : String(line)
        }
        let located = try Fixtures.load(Fixtures.minimal + "device:\n" + block.joined(separator: "\n"))
        #expect(located.dossier.device?.warehouse?.zones.count == 5)
    }

    // MARK: - Schema problems inside the section

    /// The minimal dossier plus a small device section; `edit` changes one line.
    private static func minimalWithDevice(_ edit: (String) -> String = { $0 }) -> String {
        Fixtures.minimal + edit("""
            device:
              scope:
                classes: [II]
                categories: [{code: "6866"}]
              premises:
                address: 北京市朝阳区某路 1 号
                area_square_metres: 60
                declared_use: office
                tenure: owned
              quality_manager:
                person: {name: 王五}
                on_duty: true
                employed_elsewhere: false
              technical_staff:
                - {name: 赵六, role: technical}
              change:
                kind: quality_manager
                old_value: 孙七
                new_value: 王五

            """)
    }

    @Test func minimalDeviceSectionLoads() throws {
        let located = try Fixtures.load(Self.minimalWithDevice())
        let device = try #require(located.dossier.device)
        #expect(device.change?.kind == .qualityManager)
        #expect(device.warehouse == nil)
        #expect(device.scope.includesIVDReagents == false)
    }

    @Test func unknownChangeKindSuggestsTheClosest() throws {
        let yaml = Self.minimalWithDevice { $0.replacingOccurrences(of: "kind: quality_manager", with: "kind: quality_manger") }
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.problems.count == 1)
        #expect(error.fieldPath == "device.change.kind")
        #expect(error.hint?.en == "did you mean \"quality_manager\"?")
    }

    @Test func categoryCodeMustBeDigits() throws {
        let yaml = Self.minimalWithDevice { $0.replacingOccurrences(of: "code: \"6866\"", with: "code: 六八六六") }
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.fieldPath == "device.scope.categories[0].code")
    }

    @Test func missingOnDutyIsReportedAtTheQualityManager() throws {
        let yaml = Self.minimalWithDevice { $0.replacingOccurrences(of: "    on_duty: true\n", with: "") }
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.problems.count == 1)
        #expect(error.fieldPath == "device.quality_manager.on_duty")
        // `device:` is the line after the minimal dossier; `quality_manager:` is nine lines below it.
        let deviceLine = Fixtures.minimal.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(error.line == deviceLine + 9)
    }

    @Test func warehouseRejectsUnknownKeysDespiteItsFlatLayout() throws {
        let yaml = Self.minimalWithDevice {
            $0.replacingOccurrences(of: "  quality_manager:", with: """
                  warehouse:
                    address: 北京市朝阳区某路 2 号
                    area_square_metres: 100
                    declared_use: warehouse
                    tenure: owned
                    zones: [{kind: quarantine}]
                    humidity: {min: 45, max: 75}
                  quality_manager:
                """)
        }
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.problems.count == 1)
        #expect(error.fieldPath == "device.warehouse.humidity")
    }

    @Test func textWhereAnAreaIsExpectedIsATypeError() throws {
        let yaml = Self.minimalWithDevice { $0.replacingOccurrences(of: "area_square_metres: 60", with: "area_square_metres: 六十") }
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.fieldPath == "device.premises.area_square_metres")
        #expect(error.message.en.hasPrefix("expected a number"))
    }
}
