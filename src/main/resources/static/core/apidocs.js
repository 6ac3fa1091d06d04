// Starts Swagger UI on the generated OpenAPI document; a file of its own because the CSP allows no inline script.
(function () {
  var container = document.getElementById('swagger-ui');
  if (container && window.SwaggerUIBundle) {
    window.SwaggerUIBundle({ url: container.getAttribute('data-spec'), domNode: container, deepLinking: false });
  }
})();
