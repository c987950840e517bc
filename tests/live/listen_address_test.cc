#include "live/listen_address.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace preseason::live {
namespace {

TEST(ListenAddress, LoopbackAddressesAreAccepted) {
  EXPECT_EQ(parse_listen_address("127.0.0.1:8080").port, 8080);
  EXPECT_EQ(parse_listen_address("localhost:0").host, "127.0.0.1");
  EXPECT_EQ(parse_listen_address("[::1]:9000").host, "::1");
  EXPECT_EQ(parse_listen_address("127.1.2.3:1").host, "127.1.2.3");
}

TEST(ListenAddress, OtherInterfacesNeedTls) {
  for (const char* text : {"0.0.0.0:8080", "192.168.1.5:8080", "[::]:8080", "10.0.0.1:80"}) {
    try {
      parse_listen_address(text);
      ADD_FAILURE() << text;
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find("not a loopback address"), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("live.tls"), std::string::npos) << e.what();
    }
  }
  EXPECT_EQ(parse_listen_address("0.0.0.0:8443", true).host, "0.0.0.0");
  EXPECT_EQ(parse_listen_address("[::]:8443", true).host, "::");
  EXPECT_EQ(parse_listen_address("127.0.0.1:0", true).port, 0);
}

TEST(ListenAddress, MalformedAddressesAreRefused) {
  for (const char* text : {"127.0.0.1", "127.0.0.1:", "127.0.0.1:99999", "example.org:80", "::1:80", "[::1]80"})
    EXPECT_THROW(parse_listen_address(text), std::invalid_argument) << text;
}

}  // namespace
}  // namespace preseason::live
