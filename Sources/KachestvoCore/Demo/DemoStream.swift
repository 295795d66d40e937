/// The independent random streams of the demo generator, one per concern, so that changing how one
/// part draws numbers never shifts another part's output.
enum DemoStream: UInt64 {
    case centres = 1, naming, schools, exams, financing, risk, support

    /// The stream for item `index` (an area or an organisation) of this concern.
    func stream(_ index: Int) -> UInt64 { rawValue << 40 | UInt64(index) }
}
