package org.marsad.web;

/** A request the API refuses, answered as an RFC 9457 problem document with this status. */
final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int status;
  final String title;

  ApiProblem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  static ApiProblem badRequest(String detail) {
    return new ApiProblem(400, "Bad request", detail);
  }

  static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "Not found", detail);
  }
}
