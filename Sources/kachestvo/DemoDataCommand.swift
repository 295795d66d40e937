import ArgumentParser
import Foundation
import KachestvoApp
import KachestvoCore
import KachestvoStore

/// `kachestvo demo-data`: writes the synthetic demo region (any size) to a data file.
struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data", abstract: "Write the synthetic demo region to a data file.")

    @Option(help: "Number of organisations (КЦ and УМЦ included).")
    var schools = 1000

    @Option(help: "Seed of the generator: the same seed gives the same file.")
    var seed: UInt64 = 2017

    @Option(name: .shortAndLong, help: ArgumentHelp("File to write.", valueName: "file"),
            completion: .file(extensions: ["json"]))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Message language: ru or en.", valueName: "ru|en"),
            completion: .languages)
    var lang: String?

    func validate() throws {
        guard schools >= DemoRegion.minimumSchools else {
            throw ValidationError("--schools must be at least \(DemoRegion.minimumSchools) (the 9 КЦ, 29 УМЦ and one school per municipality)")
        }
    }

    func run() throws {
        let language = LanguageChoice.resolve(argument: lang, environment: ProcessInfo.processInfo.environment)
        let dataset = DemoRegion.generate(schools: schools, seed: seed)
        do throws(StoreError) {
            try DataStore().save(dataset, to: output, expecting: nil)
        } catch {
            throw DataLoading.fail(error, language: language)
        }
        let summary = RegionSummary(RegionIndex(dataset))
        Console.out(CLIText.wroteDemo(file: output, consultingCentres: summary.consultingCentres,
                                methodologicalCentres: summary.methodologicalCentres, organisations: summary.schools)(language))
    }
}
