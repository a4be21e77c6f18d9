import FilingCLI

FilingpackCommand.main()
