/// The Chinese typefaces of official documents, each with the name office suites look up.
public enum ChineseFont: String, Sendable, Hashable, CaseIterable {
    /// 宋体 (SimSun): body text.
    case song
    /// 黑体 (SimHei): headings.
    case hei
    /// 仿宋 (FangSong): official-document body text.
    case fangSong
    /// 楷体 (KaiTi): signatures, quotations.
    case kai

    /// The Chinese family name, as Word on a Chinese system lists it.
    public var familyName: String {
        switch self {
        case .song: "宋体"
        case .hei: "黑体"
        case .fangSong: "仿宋"
        case .kai: "楷体"
        }
    }

    /// The Latin-script alias of the same face (Windows font names).
    public var alternateName: String {
        switch self {
        case .song: "SimSun"
        case .hei: "SimHei"
        case .fangSong: "FangSong"
        case .kai: "KaiTi"
        }
    }
}

/// The fonts of a run: the East-Asian slot (always set, language `zh-CN`) and a Latin fallback.
public struct FontSpec: Sendable, Hashable {
    /// Family used for CJK characters.
    public var eastAsian: String
    /// Family used for Latin letters and digits.
    public var latin: String

    /// Fonts given by family name.
    public init(eastAsian: String, latin: String) {
        self.eastAsian = eastAsian
        self.latin = latin
    }

    /// A Chinese face with Times New Roman for Latin text (the usual pairing in official documents).
    public init(_ font: ChineseFont, latin: String = "Times New Roman") {
        self.init(eastAsian: font.familyName, latin: latin)
    }

    public static let song = FontSpec(.song)
    public static let hei = FontSpec(.hei, latin: "Arial")
    public static let fangSong = FontSpec(.fangSong)
    public static let kai = FontSpec(.kai)
}

/// Chinese type sizes (字号), from 初号 down to 八号.
public enum ChineseFontSize: String, Sendable, Hashable, CaseIterable {
    case chuHao = "初号", xiaoChu = "小初"
    case yiHao = "一号", xiaoYi = "小一"
    case erHao = "二号", xiaoEr = "小二"
    case sanHao = "三号", xiaoSan = "小三"
    case siHao = "四号", xiaoSi = "小四"
    case wuHao = "五号", xiaoWu = "小五"
    case liuHao = "六号", xiaoLiu = "小六"
    case qiHao = "七号", baHao = "八号"

    /// The size in half-points (Word's unit), exact for every 号.
    public var halfPoints: Int {
        switch self {
        case .chuHao: 84
        case .xiaoChu: 72
        case .yiHao: 52
        case .xiaoYi: 48
        case .erHao: 44
        case .xiaoEr: 36
        case .sanHao: 32
        case .xiaoSan: 30
        case .siHao: 28
        case .xiaoSi: 24
        case .wuHao: 21
        case .xiaoWu: 18
        case .liuHao: 15
        case .xiaoLiu: 13
        case .qiHao: 11
        case .baHao: 10
        }
    }

    /// The size in points (三号 = 16 pt, 小四 = 12 pt …).
    public var points: Double { Double(halfPoints) / 2 }
}

/// A font size, kept in half-points so 五号 (10.5 pt) is exact.
public struct FontSize: Sendable, Hashable {
    /// Size in half-points.
    public var halfPoints: Int

    /// A size in half-points.
    public init(halfPoints: Int) { self.halfPoints = halfPoints }

    /// A size in points, rounded to the nearest half-point.
    public static func pt(_ points: Double) -> FontSize { FontSize(halfPoints: Int((points * 2).rounded())) }
    /// A Chinese 号 size.
    public static func hao(_ size: ChineseFontSize) -> FontSize { FontSize(halfPoints: size.halfPoints) }

    /// The size in points.
    public var points: Double { Double(halfPoints) / 2 }
}
