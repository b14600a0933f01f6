// CodeSearch from Go (google.golang.org/grpc): a unary call, paging, error details (google.rpc.BadRequest) and the
// bidirectional suggestion stream. See docs/clients.md for generating the stubs into ./codesearch/v1 first.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"strings"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	codesearchv1 "codesearch/api/codesearch/v1"
)

func main() {
	address := flag.String("address", "localhost:5000", "server host:port (plaintext HTTP/2)")
	flag.Parse()
	conn, err := grpc.NewClient(*address, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		log.Fatalf("connect: %v", err)
	}
	defer conn.Close()
	lookup := codesearchv1.NewCodeLookupClient(conn)
	suggestions := codesearchv1.NewCodingSuggestionsClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	// Unary call, with the response headers (codesearch-data: sample while the sample is served).
	var header metadata.MD
	code, err := lookup.GetCode(ctx, &codesearchv1.GetCodeRequest{System: codesearchv1.CodeSystem_ICD10CM, Code: "E11.9"}, grpc.Header(&header))
	if err != nil {
		log.Fatalf("GetCode: %v", err)
	}
	excludes1 := 0
	for _, note := range code.GetNotes() {
		if note.GetKind() == codesearchv1.NoteKind_NOTE_KIND_EXCLUDES1 {
			excludes1++
		}
	}
	fmt.Printf("unary: %s %s (release %s, data: %v); %d notes, %d Excludes1\n", code.GetCode(), code.GetDescription(),
		code.GetRelease().GetReleaseId(), header.Get("codesearch-data"), len(code.GetNotes()), excludes1)

	// Paging: follow next_page_token until it is empty (three pages at most here).
	token := ""
	for page := 1; page <= 3; page++ {
		response, err := lookup.SearchCodes(ctx, &codesearchv1.SearchCodesRequest{Query: "diabetes", PageSize: 3, PageToken: token})
		if err != nil {
			log.Fatalf("SearchCodes: %v", err)
		}
		found := []string{}
		for _, result := range response.GetResults() {
			found = append(found, result.GetCode().GetCode())
		}
		fmt.Printf("paging: page %d: %s\n", page, strings.Join(found, ", "))
		if token = response.GetNextPageToken(); token == "" {
			break
		}
	}

	// Error details: INVALID_ARGUMENT carries a google.rpc.BadRequest naming the field.
	_, err = lookup.SearchCodes(ctx, &codesearchv1.SearchCodesRequest{Query: "diabetes", PageSize: -1})
	if s, ok := status.FromError(err); ok && s.Code() == codes.InvalidArgument {
		for _, detail := range s.Details() {
			if badRequest, ok := detail.(*errdetails.BadRequest); ok {
				for _, v := range badRequest.GetFieldViolations() {
					fmt.Printf("error: INVALID_ARGUMENT BadRequest field=%s: %s\n", v.GetField(), v.GetDescription())
				}
			}
		}
	} else {
		log.Fatalf("SearchCodes with page_size -1: expected INVALID_ARGUMENT, got %v", err)
	}

	// Bidirectional stream: requests carry an id of the client's choosing; each answer echoes it.
	stream, err := suggestions.StreamSuggestCodes(ctx)
	if err != nil {
		log.Fatalf("StreamSuggestCodes: %v", err)
	}
	notes := map[string]string{"note-1": "Type 2 diabetes mellitus without complications.", "note-2": "Essential hypertension. Denies chest pain."}
	for id, text := range notes {
		if err := stream.Send(&codesearchv1.StreamSuggestCodesRequest{RequestId: id, Request: &codesearchv1.SuggestCodesRequest{Text: text}}); err != nil {
			log.Fatalf("send: %v", err)
		}
	}
	if err := stream.CloseSend(); err != nil {
		log.Fatalf("close: %v", err)
	}
	for {
		answer, err := stream.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatalf("receive: %v", err)
		}
		if e := answer.GetError(); e != nil {
			fmt.Printf("stream: %s: error %d %s\n", answer.GetRequestId(), e.GetCode(), e.GetMessage())
			continue
		}
		found := []string{}
		for _, s := range answer.GetResponse().GetSuggestions() {
			found = append(found, s.GetCode().GetCode())
		}
		fmt.Printf("stream: %s: %s\n", answer.GetRequestId(), strings.Join(found, ", "))
	}
	fmt.Println("done")
}
