# Build: docker build -t mentorbase .
# Run:   docker run -p 8090:8090 -v mentorbase-data:/pb_data mentorbase
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOTOOLCHAIN=local go build -trimpath -ldflags="-s -w" -o /out/mentorbase . \
 && mkdir -p /out/pb_data

# distroless/static has CA certificates (for SMTP over TLS) and a non-root user, nothing else.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/mentorbase /usr/local/bin/mentorbase
COPY --from=build --chown=nonroot:nonroot /out/pb_data /pb_data
USER nonroot:nonroot
VOLUME /pb_data
EXPOSE 8090
ENTRYPOINT ["/usr/local/bin/mentorbase", "--dir=/pb_data"]
CMD ["serve", "--http=0.0.0.0:8090"]
