import FilingCLI
import Foundation

exit(FilingpackCommand.run())
