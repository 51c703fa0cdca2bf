# Further command files, one line each: target_sources(veldboek-cli PRIVATE XCommand.cpp)
target_sources(veldboek-cli PRIVATE ValidateCommand.h ValidateCommand.cpp)
target_sources(veldboek-cli PRIVATE SyncCommand.cpp)
target_sources(veldboek-cli PRIVATE DashboardCommand.cpp)
